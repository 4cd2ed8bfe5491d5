/**
 * Types of the platform's `monitoring` API (StationController, AlarmController), written from the controllers'
 * records; keep them in step with /v3/api-docs.
 */
export type StationType = 'RAIN_GAUGE' | 'WATER_LEVEL' | 'GAS' | 'WATER_PRESSURE' | 'BRIDGE_STRAIN' | 'DRAINAGE_LEVEL'

export const STATION_TYPES: StationType[] = ['RAIN_GAUGE', 'WATER_LEVEL', 'GAS', 'WATER_PRESSURE', 'BRIDGE_STRAIN', 'DRAINAGE_LEVEL']

export interface Sensor {
  metric: string
  unit: string
  value: number | null
  /** ISO-8601 instant of the latest value. */
  ts: string | null
}

export interface Station {
  code: string
  type: StationType
  name: string
  latitude: number
  longitude: number
  districtCode: string | null
  streetCode: string | null
  communityCode: string | null
  gridCode: string | null
  departmentCode: string | null
  objectCode: string | null
  floodLimitLevel: number | null
  designFloodLevel: number | null
  warningLevel: number | null
  guaranteeLevel: number | null
  sensors: Sensor[]
  lastReceivedAt: string | null
}

export interface Page<T> {
  content: T[]
  totalElements: number
  page: number
  size: number
}

export interface ReadingPoint {
  metric: string
  ts: string
  value: number
}

export interface Readings {
  station: string
  resolution: 'raw' | 'hourly'
  from: string
  to: string
  points: ReadingPoint[]
}

export type Severity = 'CRITICAL' | 'MAJOR' | 'MINOR' | 'WARNING' | 'INDETERMINATE' | (string & {})
export type AlarmStatus = 'ACTIVE_UNACK' | 'ACTIVE_ACK' | 'CLEARED_UNACK' | 'CLEARED_ACK'
/** The list filter: the two flags' four states plus ACTIVE, CLEARED and ANY. */
export type AlarmFilter = 'ACTIVE' | 'CLEARED' | 'ANY' | AlarmStatus

export interface Alarm {
  id: string
  stationCode: string
  stationName: string | null
  stationType: StationType | null
  type: string
  severity: Severity
  signal: string | null
  status: AlarmStatus
  ruleCode: string | null
  metric: string | null
  value: number | null
  threshold: number | null
  districtCode: string | null
  streetCode: string | null
  communityCode: string | null
  gridCode: string | null
  latitude: number
  longitude: number
  startedAt: string
  lastAt: string
  repeats: number
  clearedAt: string | null
  clearedBy: string | null
  clearReason: string | null
  acknowledgedAt: string | null
  acknowledgedBy: string | null
  assigneeId: string | null
  assigneeName: string | null
  assignedAt: string | null
  hazardOpened: boolean
}
