import { describe, expect, it } from 'vitest'
import { factorChart, historyChart, levelTagType, maskPhone, mayInspect } from './risk'
import type { RiskFactor } from './types'

const factors: RiskFactor[] = [
  { code: 'INDUSTRY', nameZh: '行业固有风险', nameEn: 'Industry', count: 1, points: 18, cap: 20, basis: '' },
  { code: 'SCALE', nameZh: '企业规模', nameEn: 'Scale', count: 1, points: 2, cap: 8, basis: '' },
  { code: 'OVERDUE', nameZh: '逾期未整改', nameEn: 'Overdue orders', count: 2, points: 10, cap: 20, basis: '' },
]

describe('risk breakdown', () => {
  it('shows every factor, the largest contribution on top', () => {
    const option = factorChart(factors, false) as { yAxis: { data: string[] }; series: { data: { value: number }[] }[] }
    expect(option.yAxis.data).toEqual(['企业规模', '逾期未整改', '行业固有风险'])
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([2, 10, 18])
  })

  it('draws the history oldest first', () => {
    const option = historyChart([
      { at: '2026-11-02T00:00:00Z', score: 40, level: 'ORANGE', previous: 20, reason: 'b' },
      { at: '2026-11-01T00:00:00Z', score: 20, level: 'YELLOW', previous: null, reason: 'a' },
    ]) as { series: { data: number[] }[] }
    expect(option.series[0]!.data).toEqual([20, 40])
  })

  it('masks phones and maps levels to tag types', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(levelTagType('RED')).toBe('danger')
    expect(levelTagType('BLUE')).toBe('primary')
  })

  it('offers inspection to inspection roles only', () => {
    expect(mayInspect(['INSPECTOR'])).toBe(true)
    expect(mayInspect(['ENTERPRISE'])).toBe(false)
    expect(mayInspect(undefined)).toBe(false)
  })
})
