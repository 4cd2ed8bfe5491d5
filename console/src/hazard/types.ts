/**
 * Types of the hazard loop's API (防范—核查), written from docs/hazard-api.md. Where the contract leaves a shape
 * open (list rows, stats, Heinrich figures) the fields are optional and the console copes with their absence.
 */

export type OrderStatus =
  | 'PENDING_DISPATCH'
  | 'DISPATCHED'
  | 'VERIFYING'
  | 'RECTIFYING'
  | 'REVIEW'
  | 'CLOSED'
  | 'RETURNED'

export const ORDER_STATUSES: OrderStatus[] = [
  'PENDING_DISPATCH',
  'RETURNED',
  'DISPATCHED',
  'VERIFYING',
  'RECTIFYING',
  'REVIEW',
  'CLOSED',
]

export type Grade = 'GENERAL' | 'MAJOR'
export const GRADES: Grade[] = ['GENERAL', 'MAJOR']

export type Channel =
  | 'PUBLIC_TIP'
  | 'GRID_INSPECTION'
  | 'INDUSTRY_INSPECTION'
  | 'ENTERPRISE_SELF_REPORT'
  | 'VIDEO_ANALYTICS'
  | 'IOT_ALARM'
  | 'DUTY_OFFICE'
  // the platform may add channels before the console knows them
  | (string & {})

/** The channels a logged-in reporter may choose (tips, video and IoT arrive by other doors). */
export const REPORT_CHANNELS: Channel[] = ['GRID_INSPECTION', 'INDUSTRY_INSPECTION', 'ENTERPRISE_SELF_REPORT', 'DUTY_OFFICE']

export type Supervision = 'NONE' | 'YELLOW' | 'RED'
export type Resolution = 'RECTIFIED' | 'NOT_A_HAZARD'
export type Outcome = 'CONFIRMED' | 'NOT_A_HAZARD'

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

export type Inbox = 'dispatch' | 'department' | 'territory' | 'reported'

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

export interface OrderPhoto {
  id: string
  contentType?: string
  size?: number
  uploadedBy?: string
  uploadedAt?: string
}

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

export interface OrderReport {
  id: string
  channel: Channel
  receivedAt: string
  /** The reporter's name (群众 for the public). */
  reporter?: string | null
  /** Masked by the platform. */
  contact?: string | null
  description?: string | null
  duplicate?: boolean
  trackingCode?: string | null
}

export interface DisposalOrder extends OrderSummary {
  reports: OrderReport[]
  photos: OrderPhoto[]
  timeline: TimelineStep[]
  allowedActions: OrderAction[]
  version: number
  stepStartedAt?: string | null
  verification?: Outcome | null
  classifierCategory?: string | null
  classifierConfidence?: number | null
  routingNote?: string | null
  enterpriseName?: string | null
  enterpriseUscc?: string | null
}

export interface Paged<T> {
  items: T[]
  total: number
  page: number
  size: number
}

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

export interface HazardCategory {
  code: string
  nameZh: string
  nameEn?: string
  description?: string | null
  defaultDepartment?: string | null
  sortOrder?: number
  active?: boolean
}

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

export interface ReportRequest {
  channel: Channel
  description: string
  latitude?: number
  longitude?: number
  address?: string
  category?: string
  grade?: Grade
  enterpriseName?: string
  enterpriseUscc?: string
}

export interface ReportAnswer {
  reportId: string
  orderId: string
  orderCode: string
  duplicate: boolean
  classification?: { category: string; confidence: number; autoRouted: boolean } | null
  status: OrderStatus
  message?: string
}

export interface TipRequest {
  description: string
  latitude?: number
  longitude?: number
  address?: string
  contact?: string
}

export interface TipAnswer {
  trackingCode: string
  status: string
  statusName?: string
  duplicate: boolean
  /** Chinese and English in one text; the console shows its own words instead. */
  message?: string
}

export interface TipTracking {
  trackingCode: string
  status: string
  statusName?: string
  receivedAt: string
  steps: { status: string; statusName?: string; at: string }[]
  closedAt?: string | null
  resolution?: Resolution | string | null
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
