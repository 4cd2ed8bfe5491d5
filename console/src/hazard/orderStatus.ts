import type { MessageKey } from '@/i18n'
import type { Channel, Grade, Inbox, OrderStatus, Supervision } from './types'

/** How statuses, grades and supervision flags look in the console, and where an order stands on its path. */

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

const STATUS_TAG: Record<OrderStatus, TagType> = {
  PENDING_DISPATCH: 'warning',
  RETURNED: 'danger',
  DISPATCHED: 'info',
  VERIFYING: 'primary',
  RECTIFYING: 'warning',
  REVIEW: 'primary',
  CLOSED: 'success',
}

export function statusTag(status: string): TagType {
  return STATUS_TAG[status as OrderStatus] ?? 'info'
}

export function gradeTag(grade: string): TagType {
  return grade === 'MAJOR' ? 'danger' : 'warning'
}

/** The supervision flag to show: a flag raised by the platform, or a yellow one for an overdue step it has not swept yet. */
export function supervisionFlag(supervision: Supervision | string | null | undefined, overdue = false): 'RED' | 'YELLOW' | null {
  if (supervision === 'RED') return 'RED'
  if (supervision === 'YELLOW' || overdue) return 'YELLOW'
  return null
}

/** The main path of an order, as shown by the progress bar of the order page. */
export const PATH: Exclude<OrderStatus, 'RETURNED'>[] = ['PENDING_DISPATCH', 'DISPATCHED', 'VERIFYING', 'RECTIFYING', 'REVIEW', 'CLOSED']

export interface PathPosition {
  /** Index into PATH of the current step; PATH.length when closed (every step done). */
  active: number
  /** Whether the current step is in trouble (returned, or overdue). */
  problem: boolean
}

export function pathPosition(status: OrderStatus, overdue = false): PathPosition {
  if (status === 'CLOSED') return { active: PATH.length, problem: false }
  if (status === 'RETURNED') return { active: 0, problem: true }
  return { active: Math.max(0, PATH.indexOf(status)), problem: overdue }
}

/** Who the order waits for when the user may do nothing with it. */
export function waitingFor(status: OrderStatus): MessageKey {
  switch (status) {
    case 'PENDING_DISPATCH':
    case 'RETURNED':
      return 'hazard.waiting.dispatcher'
    case 'DISPATCHED':
      return 'hazard.waiting.accept'
    case 'VERIFYING':
      return 'hazard.waiting.verify'
    case 'RECTIFYING':
      return 'hazard.waiting.rectify'
    case 'REVIEW':
      return 'hazard.waiting.review'
    case 'CLOSED':
      return 'hazard.waiting.closed'
  }
}

/** Which inboxes a user works in, from their roles; the first is opened by default. */
export type InboxTab = Inbox | 'all'

export function inboxesFor(roles: readonly string[]): InboxTab[] {
  const tabs: InboxTab[] = []
  if (roles.includes('DUTY_OFFICER')) tabs.push('dispatch')
  if (roles.includes('HANDLER')) tabs.push('department')
  if (roles.includes('GRID_WORKER') || roles.includes('INSPECTOR') || roles.includes('DUTY_OFFICER')) tabs.push('territory')
  if (['ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER'].some((r) => roles.includes(r))) tabs.push('all')
  if (canReport(roles)) tabs.push('reported')
  return tabs.length ? tabs : ['all']
}

/*
 * Who may open which hazard page. The platform decides (and answers 403); these mirror its role lists so that the
 * console does not offer pages that would only answer "forbidden".
 */
const VIEWERS = ['ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR']
const REPORTERS = ['ADMIN', 'DUTY_OFFICER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR', 'ENTERPRISE', 'RESPONSIBLE_PERSON']

/** The map, statistics and Heinrich view. */
export function canView(roles: readonly string[]): boolean {
  return roles.some((r) => VIEWERS.includes(r))
}

export function canReport(roles: readonly string[]): boolean {
  return roles.some((r) => REPORTERS.includes(r))
}

/** The statuses that make sense as a filter in an inbox (the dispatcher queue holds only two). */
export function statusesFor(inbox: InboxTab): OrderStatus[] {
  if (inbox === 'dispatch') return ['PENDING_DISPATCH', 'RETURNED']
  // the department and territory inboxes hold open orders only
  if (inbox === 'department' || inbox === 'territory') return ['PENDING_DISPATCH', 'RETURNED', 'DISPATCHED', 'VERIFYING', 'RECTIFYING', 'REVIEW']
  return ['PENDING_DISPATCH', 'RETURNED', 'DISPATCHED', 'VERIFYING', 'RECTIFYING', 'REVIEW', 'CLOSED']
}

/** The channel a reporter's report comes through by default, from their roles. */
export function defaultChannel(roles: readonly string[]): Channel {
  if (roles.includes('GRID_WORKER')) return 'GRID_INSPECTION'
  if (roles.includes('INSPECTOR') || roles.includes('HANDLER')) return 'INDUSTRY_INSPECTION'
  if (roles.includes('ENTERPRISE')) return 'ENTERPRISE_SELF_REPORT'
  return 'DUTY_OFFICE'
}

export function isOpen(status: OrderStatus): boolean {
  return status !== 'CLOSED'
}

export function gradeLabel(grade: Grade | string): MessageKey {
  return grade === 'MAJOR' ? 'hazard.grade.MAJOR' : 'hazard.grade.GENERAL'
}

/** The field inbox of the mobile page: the territory for grid workers and inspectors, the department for handlers. */
export function fieldInbox(roles: readonly string[]): Inbox | undefined {
  const tabs = inboxesFor(roles)
  if (roles.includes('GRID_WORKER') || roles.includes('INSPECTOR')) return 'territory'
  if (tabs.includes('department')) return 'department'
  if (tabs.includes('territory')) return 'territory'
  if (tabs.includes('reported')) return 'reported'
  return undefined
}

/** Open orders to work on, most urgent first: flagged or overdue, then by the nearest deadline. */
export function byUrgency<T extends { status: OrderStatus; overdue: boolean; supervision: string; stepDeadline?: string | null }>(
  orders: readonly T[],
): T[] {
  const rank = (o: T) => (o.supervision === 'RED' ? 0 : o.supervision === 'YELLOW' || o.overdue ? 1 : 2)
  const due = (o: T) => (o.stepDeadline ? Date.parse(o.stepDeadline) : Number.POSITIVE_INFINITY)
  return orders.filter((o) => isOpen(o.status)).sort((a, b) => rank(a) - rank(b) || due(a) - due(b))
}

/**
 * The 督办 flag a timeline step raised, if any. The platform records the overdue sweep's flag in the step's note
 * ("红色督办：…" / "黄色督办：…"); a superior's manual 督办 raises at least yellow, so it shows the order's flag as it
 * stood after that step (a manual 督办 on a red order stays red).
 */
export function stepSupervisions(steps: readonly { action: string; note: string | null; at: string }[]): Map<number, 'RED' | 'YELLOW'> {
  const flags = new Map<number, 'RED' | 'YELLOW'>()
  const oldestFirst = steps.map((step, index) => ({ step, index })).sort((a, b) => Date.parse(a.step.at) - Date.parse(b.step.at))
  let current: 'RED' | 'YELLOW' | null = null
  for (const { step, index } of oldestFirst) {
    if (step.action === 'overdue') current = step.note?.startsWith('红色') ? 'RED' : current === 'RED' ? 'RED' : 'YELLOW'
    else if (step.action === 'supervise') current = current ?? 'YELLOW'
    else continue
    flags.set(index, current)
  }
  return flags
}

/**
 * The inbox tab to open on: the first of `tabs` that holds an order (a district duty officer's dispatch queue is
 * often empty while the territory has work), else the first tab. A tab whose count fails is passed over.
 */
export async function firstInboxWithItems(tabs: readonly InboxTab[], count: (tab: InboxTab) => Promise<number>): Promise<InboxTab> {
  for (const tab of tabs) {
    try {
      if ((await count(tab)) > 0) return tab
    } catch {
      // the next tab may answer; the chosen one reports its own failure when loaded
    }
  }
  return tabs[0]
}
