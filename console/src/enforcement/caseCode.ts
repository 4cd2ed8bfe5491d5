import type { CaseAction, CaseStatus, CaseView } from './types'

/**
 * The case code 一案一码 in the browser: the same ISO 7064 MOD 11-2 check as the platform (ADR 0011), so a mistyped
 * code is caught in the search box before any request.
 */
const FORMAT = /^AJ-(\d{6})-(\d{4})-(\d{6})-([0-9X])$/

export function checkCharacter(digits: string): string {
  let sum = 0
  for (const d of digits) sum = ((sum + Number(d)) * 2) % 11
  const value = (12 - (sum % 11)) % 11
  return value === 10 ? 'X' : String(value)
}

export type CodeCheck = { ok: true; code: string } | { ok: false; reason: 'format' | 'check' }

export function checkCaseCode(text: string): CodeCheck {
  const code = text.trim().toUpperCase()
  const m = FORMAT.exec(code)
  if (!m) return { ok: false, reason: 'format' }
  return checkCharacter(m[1] + m[2] + m[3]) === m[4] ? { ok: true, code } : { ok: false, reason: 'check' }
}

/** The case flow in order, for the steps bar. */
export const FLOW: CaseStatus[] = ['FILED', 'INVESTIGATING', 'REVIEWING', 'DECIDING', 'EXECUTING', 'RECHECKING', 'CLOSED']

export function flowIndex(status: CaseStatus): number {
  return FLOW.indexOf(status)
}

/** One box of the case-code chain diagram. */
export interface ChainNode {
  kind: 'inspection' | 'case' | 'accident' | 'hazard'
  label: string
  link: string | null
  sub?: string
}

/** inspection numbers → case code → accident investigation number → hazard order codes, as columns of boxes. */
export function chainColumns(view: Pick<CaseView, 'chain'>): ChainNode[][] {
  const inspections: ChainNode[] = view.chain.inspections.map((i) => ({ kind: 'inspection', label: i.number, link: `/enforcement/inspections/${i.number}` }))
  const accident = view.chain.accidentInvestigation
  const hazards: ChainNode[] = view.chain.hazardOrders.map((h) => ({
    kind: 'hazard',
    label: h.orderCode ?? h.findingRef,
    link: h.orderCode ? `/hazards/inbox?q=${h.orderCode}` : null,
    sub: h.status ?? 'PENDING',
  }))
  return [
    inspections,
    [{ kind: 'case', label: view.chain.caseCode, link: null, sub: view.chain.caseNumber }],
    accident ? [{ kind: 'accident', label: accident.number, link: `/enforcement/accident-investigations/${accident.number}`, sub: accident.title }] : [],
    hazards,
  ]
}

/** Which form a move needs. */
export function moveForm(action: CaseAction): 'note' | 'decision' | 'recheck' {
  if (action === 'decide') return 'decision'
  if (action === 'recheck') return 'recheck'
  return 'note'
}

/** Human-readable byte count for evidence lists. */
export function bytes(size: number): string {
  if (size < 1024) return `${size} B`
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`
  return `${(size / 1024 / 1024).toFixed(1)} MB`
}
