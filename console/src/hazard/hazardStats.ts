import type { HazardCategory, HeinrichRow, PerformanceRow } from './types'

/** Shapes the platform's hazard statistics for the cards, charts and tables of the statistics page. */

export interface NamedValue {
  code: string
  name: string
  value: number
}

/** Count rows as chart data, largest first, without zeros; `name` turns a code into a label. */
export function namedCounts<R extends { count: number }>(
  rows: readonly R[] | null | undefined,
  code: (row: R) => string,
  name: (code: string) => string,
): NamedValue[] {
  return (rows ?? [])
    .filter((row) => row.count > 0)
    .map((row) => ({ code: code(row), name: name(code(row)), value: row.count }))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code))
}

/** The count of each of `codes` (zero when absent), in that order: for a bar per status. */
export function countsInOrder<R extends { count: number }>(
  rows: readonly R[] | null | undefined,
  code: (row: R) => string,
  codes: readonly string[],
): number[] {
  const byCode = new Map((rows ?? []).map((row) => [code(row), row.count]))
  return codes.map((c) => byCode.get(c) ?? 0)
}

/** The category's name in the user's language, falling back to the code for categories the console does not know. */
export function categoryName(
  code: string,
  categories: readonly Pick<HazardCategory, 'code' | 'nameZh' | 'nameEn'>[],
  english = false,
): string {
  const category = categories.find((c) => c.code === code)
  if (!category) return code
  return (english ? category.nameEn : category.nameZh) || category.nameZh || code
}

export interface PerformanceLine extends PerformanceRow {
  label: string
  /** On-time rate in percent with one decimal, or null. */
  onTimePercent: number | null
  /** Average closing time in hours with one decimal, or null. */
  averageHours: number | null
}

/** Department or district rows for the table and the chart: busiest first, rates as percentages. */
export function performance(rows: readonly PerformanceRow[] | null | undefined): PerformanceLine[] {
  return (rows ?? [])
    .map((row) => ({
      ...row,
      label: row.name || row.code,
      onTimePercent: row.onTimeRate === null || row.onTimeRate === undefined ? null : round1(row.onTimeRate * 100),
      // the platform answers 0 hours when nothing has closed: that is "no figure", not "instant"
      averageHours:
        row.closed === 0 || row.averageClosingHours === null || row.averageClosingHours === undefined
          ? null
          : round1(row.averageClosingHours),
    }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

export function percentText(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(1)}%`
}

/** The four tiers of Heinrich's pyramid, apex first. */
export const HEINRICH_TIERS = ['accidents', 'incidents', 'majorHazards', 'hazards'] as const
export type HeinrichTier = (typeof HEINRICH_TIERS)[number]

/**
 * What Heinrich's ratio (1 serious accident : 29 minor accidents : 300 near misses : 1000 hazards) would predict
 * for this many hazards. Its levels are not the pyramid's tiers (a major hazard is no near miss), so the prediction
 * is shown beside the pyramid, not as a target for a tier.
 */
export function heinrichExpectation(hazards: number): { serious: number; minor: number; nearMisses: number } {
  const round = (value: number) => Math.round(value * 10) / 10
  return { serious: round(hazards / 1000), minor: round((hazards * 29) / 1000), nearMisses: round((hazards * 300) / 1000) }
}

/** Average closing time: hours up to two days, days beyond. */
export function closingTime(hours: number | null): { value: number; unit: 'hours' | 'days' } | null {
  if (hours === null || Number.isNaN(hours)) return null
  return hours < 48 ? { value: Math.round(hours * 10) / 10, unit: 'hours' } : { value: Math.round((hours / 24) * 10) / 10, unit: 'days' }
}

export function heinrichTotal(rows: readonly HeinrichRow[]): HeinrichRow {
  return rows.reduce<HeinrichRow>(
    (sum, r) => ({
      code: '*',
      name: null,
      hazards: sum.hazards + (r.hazards ?? 0),
      majorHazards: sum.majorHazards + (r.majorHazards ?? 0),
      incidents: sum.incidents + (r.incidents ?? 0),
      accidents: sum.accidents + (r.accidents ?? 0),
    }),
    { code: '*', name: null, hazards: 0, majorHazards: 0, incidents: 0, accidents: 0 },
  )
}

export interface PyramidTier {
  tier: HeinrichTier
  value: number
  /** Width of the tier as drawn: fixed steps, so an empty apex (no accidents yet) still shows. */
  shape: number
}

/**
 * The pyramid's tiers. The widths are fixed steps rather than the counts: with 1,000 hazards and no incidents a
 * width-by-count pyramid would be one bar, and the point of the view is the shape of the layers.
 */
export function pyramid(row: HeinrichRow): PyramidTier[] {
  return HEINRICH_TIERS.map((tier, i) => ({ tier, value: row[tier] ?? 0, shape: i + 1 }))
}
