/** Types of the platform's `monitoring` API, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

export type StationType = Answer<Schemas['StationView']>['type']

/** A sensor's latest value; `ts` is the instant of that value. */
export type Sensor = Nullable<Answer<Schemas['SensorView']>, 'value' | 'ts'>

export type Station = Nullable<
  Refine<Answer<Schemas['StationView']>, { sensors: Sensor[] }>,
  | 'districtCode'
  | 'streetCode'
  | 'communityCode'
  | 'gridCode'
  | 'departmentCode'
  | 'objectCode'
  | 'floodLimitLevel'
  | 'designFloodLevel'
  | 'warningLevel'
  | 'guaranteeLevel'
  | 'lastReceivedAt'
>

/** One page of stations or alarms (StationPage, AlarmPage). */
export type Page<T> = Omit<Answer<Schemas['StationPage']>, 'content'> & { content: T[] }

export type ReadingPoint = Answer<Schemas['Point']>

export type Readings = Refine<Answer<Schemas['StationReadings']>, { resolution: 'raw' | 'hourly' }>

export type Severity = Answer<Schemas['AlarmView']>['severity']
export type AlarmStatus = Answer<Schemas['AlarmView']>['status']

export type Alarm = Nullable<
  Answer<Schemas['AlarmView']>,
  | 'stationName'
  | 'stationType'
  | 'signal'
  | 'ruleCode'
  | 'metric'
  | 'value'
  | 'threshold'
  | 'districtCode'
  | 'streetCode'
  | 'communityCode'
  | 'gridCode'
  | 'clearedAt'
  | 'clearedBy'
  | 'clearReason'
  | 'acknowledgedAt'
  | 'acknowledgedBy'
  | 'assigneeId'
  | 'assigneeName'
  | 'assignedAt'
>

// ---- Console only ----

export const STATION_TYPES: StationType[] = ['RAIN_GAUGE', 'WATER_LEVEL', 'GAS', 'WATER_PRESSURE', 'BRIDGE_STRAIN', 'DRAINAGE_LEVEL']

/** The list filter: the two flags' four states plus ACTIVE, CLEARED and ANY. */
export type AlarmFilter = 'ACTIVE' | 'CLEARED' | 'ANY' | AlarmStatus
