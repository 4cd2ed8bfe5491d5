import type { Task, TaskStatus } from './types'

/** Pure helpers of the command board (tested without a browser). */

/** "-12:03" style countdown to `deadline` (negative when passed), minutes:seconds, hours when long. */
export function countdown(deadline: string | null, now: number): { text: string; late: boolean } | null {
  if (!deadline) return null
  const ms = new Date(deadline).getTime() - now
  const late = ms < 0
  let s = Math.floor(Math.abs(ms) / 1000)
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  const pad = (n: number) => String(n).padStart(2, '0')
  const text = (late ? '-' : '') + (h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`)
  return { text, late }
}

export const TASK_TAG: Record<TaskStatus, 'info' | 'warning' | 'primary' | 'success' | 'danger'> = {
  ASSIGNED: 'info',
  ACKNOWLEDGED: 'warning',
  IN_PROGRESS: 'primary',
  DONE: 'success',
  BLOCKED: 'danger',
  CANCELLED: 'info',
}

/** The moves a task's handler may make from its status. */
export function taskMoves(status: TaskStatus): ('acknowledge' | 'start' | 'done' | 'block')[] {
  switch (status) {
    case 'ASSIGNED':
      return ['acknowledge', 'start', 'block']
    case 'ACKNOWLEDGED':
      return ['start', 'done', 'block']
    case 'IN_PROGRESS':
      return ['done', 'block']
    case 'BLOCKED':
      return ['start', 'done']
    default:
      return []
  }
}

/** Share of a unit's live tasks that are done, for the unit's progress bar. */
export function progress(tasks: Task[]): number {
  const live = tasks.filter((t) => t.status !== 'CANCELLED')
  if (!live.length) return 0
  return Math.round((100 * live.filter((t) => t.status === 'DONE').length) / live.length)
}

/** A random idempotency key for one click of the activate button (retries reuse it). */
export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k-${Date.now()}-${Math.random()}`
}

/**
 * The resource kinds the command board shows around an incident. They are the resource module's kinds that
 * `/api/resources/nearest` accepts (warehouses are not dispatched, so it refuses WAREHOUSE: their stock is SUPPLY).
 */
export const BOARD_RESOURCE_KINDS = ['TEAM', 'SUPPLY', 'SHELTER', 'VEHICLE'] as const
export type BoardResourceKind = (typeof BOARD_RESOURCE_KINDS)[number]

/**
 * Asks for every board kind at once; what answered is kept, and each kind that failed is named with its reason, so
 * the page can say so instead of quietly showing only some kinds.
 */
export async function gatherNearby<T>(
  ask: (kind: BoardResourceKind) => Promise<T[]>,
): Promise<{ found: T[]; failed: { kind: BoardResourceKind; reason: string }[] }> {
  const answers = await Promise.allSettled(BOARD_RESOURCE_KINDS.map((kind) => ask(kind)))
  const found: T[] = []
  const failed: { kind: BoardResourceKind; reason: string }[] = []
  answers.forEach((a, i) => {
    if (a.status === 'fulfilled') found.push(...a.value)
    else failed.push({ kind: BOARD_RESOURCE_KINDS[i], reason: a.reason instanceof Error ? a.reason.message : String(a.reason) })
  })
  return { found, failed }
}
