import { describe, expect, it } from 'vitest'
import { countStates, levelRows, metricLabel, seriesByMetric, stationFeatures } from './stationState'
import type { Alarm, Station } from './types'

const station = (code: string, more: Partial<Station> = {}): Station => ({
  code,
  type: 'RAIN_GAUGE',
  name: code,
  latitude: 22.5,
  longitude: 114.0,
  districtCode: null,
  streetCode: null,
  communityCode: null,
  gridCode: null,
  departmentCode: null,
  objectCode: null,
  floodLimitLevel: null,
  designFloodLevel: null,
  warningLevel: null,
  guaranteeLevel: null,
  sensors: [],
  lastReceivedAt: '2026-06-01T08:00:00Z',
  ...more,
})

const alarm = (stationCode: string, type: string, more: Partial<Alarm> = {}) => ({ stationCode, type, severity: 'MAJOR', status: 'ACTIVE_UNACK', ...more }) as Alarm

describe('station state on the map', () => {
  it('shows alarm over silent over normal, and never-reporting stations as not connected', () => {
    const stations = [station('A'), station('B'), station('C'), station('D', { lastReceivedAt: null }), station('E')]
    const alarms = [alarm('A', 'RAINSTORM'), alarm('A', 'NO_DATA'), alarm('B', 'NO_DATA'), alarm('E', 'RAINSTORM', { status: 'CLEARED_UNACK' })]
    const features = stationFeatures(stations, alarms).features
    expect(features.map((f) => f.properties.state)).toEqual(['ALARM', 'SILENT', 'NORMAL', 'UNCONNECTED', 'NORMAL'])
    expect(countStates(features)).toEqual({ ALARM: 1, SILENT: 1, NORMAL: 2, UNCONNECTED: 1 })
  })

  it('weights the rainfall heat by the latest 5-minute rainfall', () => {
    const [f] = stationFeatures([station('R', { sensors: [{ metric: 'rainfall_5m', unit: 'mm', value: 12.5, ts: null }] })], []).features
    expect(f.properties.rain).toBe(12.5)
    expect(f.geometry.coordinates).toEqual([114.0, 22.5])
  })
})

describe('readings chart', () => {
  it('splits readings into one sorted series per metric', () => {
    const series = seriesByMetric([
      { metric: 'water_level', ts: '2026-06-01T08:05:00Z', value: 2 },
      { metric: 'water_level', ts: '2026-06-01T08:00:00Z', value: 1 },
      { metric: 'rainfall_5m', ts: '2026-06-01T08:00:00Z', value: 3 },
    ])
    expect(series.get('water_level')?.map((p) => p[1])).toEqual([1, 2])
    expect(series.get('rainfall_5m')).toHaveLength(1)
  })
})

describe('water levels', () => {
  const level = (value: number | null) => [{ metric: 'water_level', unit: 'm', value, ts: null }]

  it('compares a reservoir with its flood-limit and design levels and a river with its warning and guarantee levels, worst first', () => {
    const rows = levelRows([
      station('R1', { type: 'WATER_LEVEL', floodLimitLevel: 10, designFloodLevel: 12, sensors: level(9.8) }),
      station('R2', { type: 'WATER_LEVEL', floodLimitLevel: 10, designFloodLevel: 12, sensors: level(12.1) }),
      station('H1', { type: 'WATER_LEVEL', warningLevel: 1.6, guaranteeLevel: 3.7, sensors: level(2) }),
      station('H2', { type: 'WATER_LEVEL', warningLevel: 1.6, guaranteeLevel: 3.7, sensors: level(null) }),
      station('H3', { type: 'WATER_LEVEL', warningLevel: 1.6, guaranteeLevel: 3.7, sensors: level(0.5) }),
      station('G1', { type: 'GAS' }),
    ])
    expect(rows.map((r) => [r.code, r.kind, r.state])).toEqual([
      ['R2', 'RESERVOIR', 'ABOVE_DESIGN'],
      ['H1', 'RIVER', 'ABOVE_LIMIT'],
      ['R1', 'RESERVOIR', 'NEAR_LIMIT'],
      ['H3', 'RIVER', 'NORMAL'],
      ['H2', 'RIVER', 'UNKNOWN'],
    ])
    expect(rows[1].margin).toBe(0.4)
  })
})

describe('metric names', () => {
  it('names a metric in Chinese with the unit of the station', () => {
    expect(metricLabel('water_level', { sensors: [{ metric: 'water_level', unit: 'm', value: 1, ts: null }] } as never)).toBe('水位 (m)')
    expect(metricLabel('unknown_metric', { sensors: [] } as never)).toBe('unknown_metric')
  })
})
