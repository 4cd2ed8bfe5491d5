/**
 * Types of the hazard loop's API (防范—核查), aliases of the generated types (see api/contract.ts). The statistics,
 * Heinrich figures and map answers are maps the document cannot describe; they stay hand-written, with optional
 * fields where the console copes with their absence.
 */
import type { Answer, Body, Nullable, Refine, Schemas } from '@/api/contract'

type Detail = Answer<Schemas['Detail']>

export type OrderStatus = Detail['status']
export type Grade = Detail['grade']
export type Channel = Detail['channel']
export type Supervision = Detail['supervision']
export type Resolution = Detail['resolution']
export type Outcome = Detail['verification']

/** The moves the document types as plain strings; the console knows these. */
export type OrderAction =
  | 'accept'
  | 'return'
  | 'verify'
  | 'rectify'
  | 'submit'
  | 'approve'
  | 'reject'
  | 'reassign'
  | 'supervise'

export type OrderPhoto = Answer<Schemas['PhotoView']>

/** A report of an order; `reporter` is the reporter's name (群众 for the public), `contact` is masked. */
export type OrderReport = Nullable<Answer<Schemas['ReportView']>, 'reporter' | 'contact' | 'description' | 'trackingCode'>

/** One page of orders (the document's `PageOrderRow`), its rows refined by the caller. */
export type Paged<T> = Omit<Answer<Schemas['PageOrderRow']>, 'items'> & { items: T[] }

export type HazardCategory = Nullable<Answer<Schemas['Category']>, 'description' | 'defaultDepartment'>

export type ReportRequest = Body<Schemas['ReportedHazard']>

export type ReportAnswer = Nullable<Answer<Schemas['ReportReceipt']>, 'classification' | 'message'>

export type TipRequest = Body<Schemas['Tip']>

/** `message` is Chinese and English in one text; the console shows its own words instead. */
export type TipAnswer = Answer<Schemas['TipReceipt']>

export type TipTracking = Nullable<Answer<Schemas['TipProgress']>, 'closedAt' | 'resolution'>

// ---- Not (correctly) in the API document yet: written by hand ----

// GET /api/disposal-orders: its rows are records called `Row`, a name the enforcement case row has too.
/** A row of GET /api/disposal-orders: the order without its reports, photos and timeline. */
export interface OrderSummary {
  id: string
  code: string
  status: OrderStatus
  /** The status in Chinese, from the platform. */
  statusName?: string
  category: string
  categoryName?: string
  grade: Grade
  description: string
  channel: Channel
  latitude?: number | null
  longitude?: number | null
  address?: string | null
  districtCode?: string | null
  districtName?: string | null
  streetCode?: string | null
  streetName?: string | null
  communityCode?: string | null
  communityName?: string | null
  gridCode?: string | null
  departmentCode?: string | null
  departmentName?: string | null
  /** ISO-8601 instant; null when the current step has no deadline (closed). */
  stepDeadline?: string | null
  rectifyDeadline?: string | null
  supervision: Supervision
  overdue: boolean
  resolution?: Resolution | null
  openedAt?: string | null
  closedAt?: string | null
  reportCount?: number
}

// The timeline's steps are records called `StepView`, a name the enforcement case has too.
export interface TimelineStep {
  at: string
  action: string
  fromStatus: OrderStatus | null
  toStatus: OrderStatus | null
  actor: string | null
  actorName?: string | null
  departmentCode?: string | null
  note: string | null
  photoIds: string[]
}

export type DisposalOrder = OrderSummary &
  Nullable<
    Refine<
      Omit<Detail, 'timeline'>,
      { reports: OrderReport[]; allowedActions: OrderAction[] }
    >,
    | 'stepStartedAt'
    | 'verification'
    | 'classifierCategory'
    | 'classifierConfidence'
    | 'routingNote'
    | 'enterpriseName'
    | 'enterpriseUscc'
    | 'latitude'
    | 'longitude'
    | 'address'
    | 'districtCode'
    | 'districtName'
    | 'streetCode'
    | 'streetName'
    | 'communityCode'
    | 'communityName'
    | 'gridCode'
    | 'departmentCode'
    | 'departmentName'
    | 'stepDeadline'
    | 'rectifyDeadline'
    | 'resolution'
    | 'openedAt'
    | 'closedAt'
  > & { timeline: TimelineStep[] }

// Every move's body is a record called `Move`, so the document describes one of them.
/** Bodies of the transitions, one per action. */
export interface TransitionBodies {
  accept: Record<string, never>
  return: { reason: string }
  verify: { outcome: Outcome; note: string; grade?: Grade; photoIds: string[] }
  rectify: { note: string; photoIds: string[] }
  submit: { note: string; photoIds: string[] }
  approve: { note: string }
  reject: { reason: string }
  reassign: { departmentCode: string; category?: string; grade?: Grade; note: string }
  supervise: { note: string }
}

/** A row of the per-department or per-district statistics. */
export interface PerformanceRow {
  code: string
  name?: string | null
  total: number
  closed: number
  overdue?: number
  /** 0..1, null when nothing has closed yet. */
  onTimeRate: number | null
  /** 0 when nothing has closed yet. */
  averageClosingHours: number | null
}

/** GET /api/hazards/stats: the figures of the last `days` days in an area. */
export interface HazardStats {
  from: string
  totals: {
    total: number
    open: number
    closed: number
    overdue: number
    major: number
    awaitingDispatch: number
    red: number
    yellow: number
    onTimeRate: number | null
    averageClosingHours: number | null
  }
  byChannel: { channel: string; count: number }[]
  byCategory: { category: string; name?: string; count: number; major?: number }[]
  byStatus: { status: string; name?: string; count: number }[]
  byDepartment: PerformanceRow[]
  byDistrict: PerformanceRow[]
  byMonth: { month: string; count: number; closed: number }[]
  /** The most urgent overdue orders (up to 20). */
  overdueOrders: OrderSummary[]
}

export interface HeinrichRow {
  code: string
  name?: string | null
  hazards: number
  majorHazards: number
  confirmedHazards?: number
  incidents: number
  accidents: number
}

/** GET /api/hazards/heinrich. */
export interface HeinrichFigures {
  from?: string
  byDistrict: HeinrichRow[]
  byCategory: HeinrichRow[]
  /** False until the incident module reports incidents and accidents. */
  incidentsAvailable?: boolean
}

export interface HazardPointProperties {
  id: string
  code: string
  category: string
  grade: Grade
  status: OrderStatus
  supervision: Supervision
  overdue: boolean
}

export type HazardPoints = GeoJSON.FeatureCollection<GeoJSON.Point, HazardPointProperties>

// ---- Console only ----

export const ORDER_STATUSES: OrderStatus[] = [
  'PENDING_DISPATCH',
  'RETURNED',
  'DISPATCHED',
  'VERIFYING',
  'RECTIFYING',
  'REVIEW',
  'CLOSED',
]

export const GRADES: Grade[] = ['GENERAL', 'MAJOR']

/** The channels a logged-in reporter may choose (tips, video and IoT arrive by other doors). */
export const REPORT_CHANNELS: Channel[] = ['GRID_INSPECTION', 'INDUSTRY_INSPECTION', 'ENTERPRISE_SELF_REPORT', 'DUTY_OFFICE']

export type Inbox = 'dispatch' | 'department' | 'territory' | 'reported'

export interface OrderQuery {
  inbox?: Inbox
  /** Several statuses are or-ed. */
  status?: OrderStatus[]
  category?: string
  region?: string
  department?: string
  overdue?: boolean
  q?: string
  page: number
  size: number
}
