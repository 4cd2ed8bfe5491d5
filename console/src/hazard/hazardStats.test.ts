import { describe, expect, it } from 'vitest'
import { categoryName, heinrichTotal, namedCounts, percentText, performance, pyramid, summary } from './hazardStats'
import type { HazardStats } from './types'

const stats: HazardStats = {
  byChannel: { PUBLIC_TIP: 5, GRID_INSPECTION: 12, IOT_ALARM: 0 },
  byCategory: { FIRE: 8, GAS: 9 },
  byStatus: { DISPATCHED: 4, VERIFYING: 3, CLOSED: 10 },
  departments: [
    { code: '440304-XF', name: '福田区消防救援大队', total: 3, closed: 2, onTimeRate: 0.5, averageClosingHours: 30.25 },
    { code: '440304-RQ', name: '福田区燃气办', total: 9, closed: 8, onTimeRate: 0.875, averageClosingHours: 12 },
  ],
  districts: [
    { code: '440304', name: '福田区', total: 12, closed: 8, onTimeRate: 0.75, averageClosingHours: 20 },
    { code: '440305', name: '南山区', total: 5, closed: 2, onTimeRate: 1, averageClosingHours: 10 },
    { code: '440306', name: '宝安区', total: 0, closed: 0, onTimeRate: null, averageClosingHours: null },
  ],
  overdue: 3,
}

describe('hazard statistics', () => {
  it('turns counts into chart data, largest first, without zeros', () => {
    expect(namedCounts(stats.byChannel, (c) => c.toLowerCase())).toEqual([
      { code: 'GRID_INSPECTION', name: 'grid_inspection', value: 12 },
      { code: 'PUBLIC_TIP', name: 'public_tip', value: 5 },
    ])
    expect(namedCounts(undefined, String)).toEqual([])
  })

  it('sums the cards, weighting the on-time rate by closed orders per district', () => {
    expect(summary(stats)).toEqual({ intake: 17, open: 7, closed: 10, overdue: 3, onTimeRate: (0.75 * 8 + 1 * 2) / 10 })
  })

  it('has no on-time rate before anything closed', () => {
    expect(summary({ ...stats, districts: [] }).onTimeRate).toBeNull()
  })

  it('lists departments busiest first with percentages and rounded hours', () => {
    const rows = performance(stats.departments)
    expect(rows.map((r) => r.code)).toEqual(['440304-RQ', '440304-XF'])
    expect(rows[1]).toMatchObject({ label: '福田区消防救援大队', onTimePercent: 50, averageHours: 30.3 })
    expect(performance(stats.districts)[2]).toMatchObject({ onTimePercent: null, averageHours: null })
    expect(percentText(87.5)).toBe('87.5%')
    expect(percentText(null)).toBe('—')
  })

  it('names categories in the chosen language, falling back to the code', () => {
    const categories = [{ code: 'GAS', nameZh: '燃气安全', nameEn: 'Gas safety' }]
    expect(categoryName('GAS', categories)).toBe('燃气安全')
    expect(categoryName('GAS', categories, true)).toBe('Gas safety')
    expect(categoryName('NEW', categories)).toBe('NEW')
  })
})

describe('Heinrich pyramid', () => {
  const rows = [
    { code: '440304', name: '福田区', hazards: 120, majorHazards: 6, incidents: 0, accidents: 0 },
    { code: '440305', name: '南山区', hazards: 80, majorHazards: 2, incidents: 0, accidents: 0 },
  ]

  it('adds up the areas', () => {
    expect(heinrichTotal(rows)).toMatchObject({ hazards: 200, majorHazards: 8, incidents: 0, accidents: 0 })
  })

  it('draws four tiers apex first, with widths that show even an empty apex', () => {
    const tiers = pyramid(heinrichTotal(rows))
    expect(tiers.map((t) => t.tier)).toEqual(['accidents', 'incidents', 'majorHazards', 'hazards'])
    expect(tiers.map((t) => t.value)).toEqual([0, 0, 8, 200])
    expect(tiers.map((t) => t.shape)).toEqual([1, 2, 3, 4])
  })
})
