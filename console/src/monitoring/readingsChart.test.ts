import { describe, expect, it } from 'vitest'
import { en, zh } from './messages'
import { METRICS, readingsOption, valueAxisMin } from './readingsChart'

const now = Date.parse('2026-06-01T12:00:00Z')
const label = (metric: string) => `名称:${metric}`

describe('the readings chart', () => {
  it('starts amounts at zero and a water level a little below its lowest reading or mark', () => {
    expect(valueAxisMin('rainfall_5m', [3.2, 7.5], [])).toBe(0)
    expect(valueAxisMin('gas_lel', [3, 4], [])).toBe(0)
    expect(valueAxisMin('water_level', [82.4, 83.1], [85])).toBe(81)
    expect(valueAxisMin('strain_ue', [-120, 40], [])).toBe('dataMin')
  })

  it('shows a single reading as a point on the whole window', () => {
    const option = readingsOption({ series: new Map([['water_depth_m', [[now - 3600_000, 0.4]]]]), label, marks: [], hours: 24, now })
    expect(option.xAxis.min).toBe(now - 24 * 3600_000)
    expect(option.xAxis.max).toBe(now)
    expect(option.series[0].showSymbol).toBe(true)
    expect(option.series[0].symbolSize).toBeGreaterThan(4)
  })

  it('hides overlapping time labels and names series by the label given', () => {
    const option = readingsOption({ series: new Map([['rainfall_5m', [[now, 1]]]]), label, marks: [], hours: 24, now })
    expect(option.xAxis.axisLabel.hideOverlap).toBe(true)
    expect(option.xAxis.axisLabel.formatter).toBe('{HH}:{mm}')
    expect(option.series[0].name).toBe('名称:rainfall_5m')
  })

  it('has a Chinese name for every metric the platform measures', () => {
    for (const metric of METRICS) {
      expect(zh[`monitoring.metric.${metric}` as keyof typeof zh]).toMatch(/[\u4e00-\u9fff]/)
      expect(en[`monitoring.metric.${metric}` as keyof typeof en]).toBeTruthy()
    }
  })
})
