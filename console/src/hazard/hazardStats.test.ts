import { describe, expect, it } from 'vitest'
import { categoryName, closingTime, countsInOrder, heinrichExpectation, heinrichTotal, namedCounts, percentText, performance, pyramid } from './hazardStats'
import type { PerformanceRow } from './types'

const departments: PerformanceRow[] = [
  { code: '440304-XF', name: '福田区消防救援大队', total: 3, closed: 2, onTimeRate: 0.5, averageClosingHours: 30.25 },
  { code: '440304-RQ', name: '福田区燃气办', total: 9, closed: 8, onTimeRate: 0.875, averageClosingHours: 12 },
  { code: '440304-ZJ', name: '福田区住建局', total: 1, closed: 0, onTimeRate: null, averageClosingHours: 0 },
]

describe('hazard statistics', () => {
  it('turns count rows into chart data, largest first, without zeros', () => {
    const byChannel = [
      { channel: 'PUBLIC_TIP', count: 5 },
      { channel: 'GRID_INSPECTION', count: 12 },
      { channel: 'IOT_ALARM', count: 0 },
    ]
    expect(namedCounts(byChannel, (r) => r.channel, (c) => c.toLowerCase())).toEqual([
      { code: 'GRID_INSPECTION', name: 'grid_inspection', value: 12 },
      { code: 'PUBLIC_TIP', name: 'public_tip', value: 5 },
    ])
    expect(namedCounts(undefined, String, String)).toEqual([])
  })

  it('puts status counts in the order of the path, zero for the missing ones', () => {
    const byStatus = [
      { status: 'CLOSED', count: 10 },
      { status: 'VERIFYING', count: 3 },
    ]
    expect(countsInOrder(byStatus, (r) => r.status, ['PENDING_DISPATCH', 'VERIFYING', 'CLOSED'])).toEqual([0, 3, 10])
  })

  it('lists departments busiest first with percentages and rounded hours', () => {
    const rows = performance(departments)
    expect(rows.map((r) => r.code)).toEqual(['440304-RQ', '440304-XF', '440304-ZJ'])
    expect(rows[1]).toMatchObject({ label: '福田区消防救援大队', onTimePercent: 50, averageHours: 30.3 })
    expect(percentText(87.5)).toBe('87.5%')
    expect(percentText(null)).toBe('—')
  })

  it('shows no closing time (rather than 0 hours) for a department that has closed nothing', () => {
    expect(performance(departments)[2]).toMatchObject({ onTimePercent: null, averageHours: null })
  })

  it('names categories in the chosen language, falling back to the code', () => {
    const categories = [{ code: 'GAS', nameZh: '燃气安全', nameEn: 'Gas safety' }]
    expect(categoryName('GAS', categories)).toBe('燃气安全')
    expect(categoryName('GAS', categories, true)).toBe('Gas safety')
    expect(categoryName('NEW', categories)).toBe('NEW')
  })
})

describe('closing times', () => {
  it('shows hours up to two days and days beyond', () => {
    expect(closingTime(30.25)).toEqual({ value: 30.3, unit: 'hours' })
    expect(closingTime(210.3)).toEqual({ value: 8.8, unit: 'days' })
    expect(closingTime(null)).toBeNull()
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

  it('predicts accidents from the hazard count by Heinrich\'s ratio', () => {
    expect(heinrichExpectation(2746)).toEqual({ serious: 2.7, minor: 79.6, nearMisses: 823.8 })
    expect(heinrichExpectation(0)).toEqual({ serious: 0, minor: 0, nearMisses: 0 })
  })

  it('draws four tiers apex first, with widths that show even an empty apex', () => {
    const tiers = pyramid(heinrichTotal(rows))
    expect(tiers.map((t) => t.tier)).toEqual(['accidents', 'incidents', 'majorHazards', 'hazards'])
    expect(tiers.map((t) => t.value)).toEqual([0, 0, 8, 200])
    expect(tiers.map((t) => t.shape)).toEqual([1, 2, 3, 4])
  })
})
