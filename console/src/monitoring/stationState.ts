import { tOr } from '@/i18n'
import type { Alarm, ReadingPoint, Severity, Station } from './types'

/**
 * How a station shows on the monitoring map: in alarm (an active alarm other than no-data), silent (an active
 * no-data alarm), normal (reporting), or never connected (no reading yet: not "silent", the platform raises no
 * no-data alarm for it either).
 */
export type StationState = 'ALARM' | 'SILENT' | 'NORMAL' | 'UNCONNECTED'

export const STATE_COLOUR: Record<StationState, string> = {
  ALARM: '#d9363e',
  SILENT: '#8c8c8c',
  NORMAL: '#2f9e44',
  UNCONNECTED: '#c8ccd2',
}

const SEVERITY_ORDER: Severity[] = ['WARNING', 'MINOR', 'MAJOR', 'CRITICAL']

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity)
}

export interface StationFeatureProperties {
  code: string
  name: string
  type: string
  state: StationState
  colour: string
  /** Draw order: alarms on top. */
  rank: number
  /** The latest 5-minute rainfall (mm) of a rain gauge, 0 otherwise: the weight of the rainfall heat layer. */
  rain: number
}

/** The active alarms per station: whether any is a no-data alarm, and the highest severity of the others. */
export function alarmsByStation(alarms: Alarm[]): Map<string, { silent: boolean; worst: Severity | null }> {
  const map = new Map<string, { silent: boolean; worst: Severity | null }>()
  for (const alarm of alarms) {
    if (alarm.status !== 'ACTIVE_UNACK' && alarm.status !== 'ACTIVE_ACK') continue
    const entry = map.get(alarm.stationCode) ?? { silent: false, worst: null }
    if (alarm.type === 'NO_DATA') entry.silent = true
    else if (entry.worst === null || severityRank(alarm.severity) > severityRank(entry.worst)) entry.worst = alarm.severity
    map.set(alarm.stationCode, entry)
  }
  return map
}

export function stationState(station: Station, alarms: ReturnType<typeof alarmsByStation>): StationState {
  const own = alarms.get(station.code)
  if (own?.worst) return 'ALARM'
  if (own?.silent) return 'SILENT'
  return station.lastReceivedAt ? 'NORMAL' : 'UNCONNECTED'
}

const RANK: Record<StationState, number> = { UNCONNECTED: 0, NORMAL: 1, SILENT: 2, ALARM: 3 }

/** The stations as GeoJSON points for MapLibre, each with its state and colour. */
export function stationFeatures(stations: Station[], alarms: Alarm[]): GeoJSON.FeatureCollection<GeoJSON.Point, StationFeatureProperties> {
  const byStation = alarmsByStation(alarms)
  return {
    type: 'FeatureCollection',
    features: stations.map((s) => {
      const state = stationState(s, byStation)
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [s.longitude, s.latitude] },
        properties: {
          code: s.code,
          name: s.name,
          type: s.type,
          state,
          colour: STATE_COLOUR[state],
          rank: RANK[state],
          rain: s.sensors.find((x) => x.metric === 'rainfall_5m')?.value ?? 0,
        },
      }
    }),
  }
}

export function countStates(features: { properties: StationFeatureProperties }[]): Record<StationState, number> {
  const counts: Record<StationState, number> = { ALARM: 0, SILENT: 0, NORMAL: 0, UNCONNECTED: 0 }
  for (const f of features) counts[f.properties.state]++
  return counts
}

/** Readings grouped into one series per metric, oldest first, as [epoch ms, value] pairs for ECharts. */
export function seriesByMetric(points: Pick<ReadingPoint, 'metric' | 'ts' | 'value'>[]): Map<string, [number, number][]> {
  const series = new Map<string, [number, number][]>()
  for (const p of points) {
    const list = series.get(p.metric) ?? []
    list.push([Date.parse(p.ts), p.value])
    series.set(p.metric, list)
  }
  for (const list of series.values()) list.sort((a, b) => a[0] - b[0])
  return series
}

export type LevelState = 'ABOVE_DESIGN' | 'ABOVE_LIMIT' | 'NEAR_LIMIT' | 'NORMAL' | 'UNKNOWN'

export interface LevelRow {
  code: string
  name: string
  kind: 'RESERVOIR' | 'RIVER'
  level: number | null
  ts: string | null
  /** Flood-limit level of a reservoir, warning level of a river section. */
  limit: number | null
  /** Design flood level of a reservoir, guarantee level of a river section. */
  upper: number | null
  /** level − limit (m); positive: above. */
  margin: number | null
  state: LevelState
}

/** How near the limit counts as "near" (m). */
export const NEAR_MARGIN = 0.5

/**
 * The water-level stations as a table row each: the level against the reservoir's flood-limit (and design) level or
 * the river's warning (and guarantee) level; the worst first.
 */
export function levelRows(stations: Station[]): LevelRow[] {
  const rows = stations
    .filter((s) => s.type === 'WATER_LEVEL')
    .map((s): LevelRow => {
      const sensor = s.sensors.find((x) => x.metric === 'water_level') ?? s.sensors[0]
      const reservoir = s.floodLimitLevel != null || s.designFloodLevel != null
      const limit = reservoir ? s.floodLimitLevel : s.warningLevel
      const upper = reservoir ? s.designFloodLevel : s.guaranteeLevel
      const level = sensor?.value ?? null
      const margin = level != null && limit != null ? Math.round((level - limit) * 100) / 100 : null
      let state: LevelState = 'UNKNOWN'
      if (level != null && limit != null) {
        if (upper != null && level >= upper) state = 'ABOVE_DESIGN'
        else if (level >= limit) state = 'ABOVE_LIMIT'
        else if (limit - level <= NEAR_MARGIN) state = 'NEAR_LIMIT'
        else state = 'NORMAL'
      }
      return { code: s.code, name: s.name, kind: reservoir ? 'RESERVOIR' : 'RIVER', level, ts: sensor?.ts ?? null, limit, upper, margin, state }
    })
  const order: LevelState[] = ['ABOVE_DESIGN', 'ABOVE_LIMIT', 'NEAR_LIMIT', 'NORMAL', 'UNKNOWN']
  return rows.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state) || (b.margin ?? -1e9) - (a.margin ?? -1e9) || a.code.localeCompare(b.code))
}

/** A metric as people read it: its name in the user's language and the station's unit, e.g. 「水位 (m)」. */
export function metricLabel(metric: string, station: Pick<Station, 'sensors'>): string {
  const unit = station.sensors.find((x) => x.metric === metric)?.unit ?? ''
  const name = tOr(`monitoring.metric.${metric}`, metric)
  return unit ? `${name} (${unit})` : name
}
