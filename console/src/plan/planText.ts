import type { Change, Condition, PlanContent } from './types'

/** Pure helpers of the plan pages (tested without a browser). */

/** A condition in words: its label, else kind and values. */
export function conditionText(c: Condition): string {
  if (c.label) return c.label
  return `${c.kind} ${c.values.join('/')}${c.minDistricts ? ` ≥${c.minDistricts}` : ''}`
}

/** Changes grouped by section, in the order duties, scenarios, measures. */
export function groupChanges(changes: Change[]): { section: Change['section']; changes: Change[] }[] {
  return (['DUTY', 'SCENARIO', 'MEASURE'] as const)
    .map((section) => ({ section, changes: changes.filter((c) => c.section === section) }))
    .filter((g) => g.changes.length)
}

/** Editable text of a list field (one item per line) and back. */
export const lines = (items: string[]) => items.join('\n')
export const unlines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean)

/** A deep copy of content for editing. */
export function copyContent(c: PlanContent): PlanContent {
  return JSON.parse(JSON.stringify(c)) as PlanContent
}
