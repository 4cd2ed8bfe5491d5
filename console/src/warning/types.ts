/** Types of the platform's `warning` API (WarningController, WarningView) and of the warning's notification. */
export type Colour = 'RED' | 'ORANGE' | 'YELLOW' | 'BLUE'
export const COLOURS: Colour[] = ['RED', 'ORANGE', 'YELLOW', 'BLUE']

export type WarningStatus = 'DRAFT' | 'APPROVED' | 'ISSUED' | 'CANCELLED' | 'EXPIRED' | 'RECEIVED'
export const WARNING_STATUSES: WarningStatus[] = ['DRAFT', 'APPROVED', 'ISSUED', 'CANCELLED', 'EXPIRED', 'RECEIVED']

export type WarningAction = 'update' | 'approve' | 'issue' | 'cancel'

/** Person roles a warning may address (organisation's PersonRole). */
export const AUDIENCE_ROLES = ['RESPONSIBLE_PERSON', 'DUTY_OFFICER', 'GRID_WORKER', 'DISASTER_INFORMATION_OFFICER', 'FOREST_FIRE_PERSONNEL'] as const
export type AudienceRole = (typeof AUDIENCE_ROLES)[number] | (string & {})

export interface EventType {
  code: string
  nameZh: string
  nameEn: string
  confirmed: boolean
}

export interface WarningMessage {
  revision: number
  msgType: string
  identifier: string
  sender: string
  sent: string
}

export interface Warning {
  id: string
  status: WarningStatus
  origin: 'LOCAL' | 'IMPORTED' | (string & {})
  ownerRegion: string
  eventType: string
  eventName: string
  colour: Colour | null
  colourName: string | null
  headline: string
  description: string | null
  instruction: string | null
  regionCodes: string[]
  polygon: string | null
  targetRegionCodes: string[]
  areaDescription: string | null
  expiresAt: string
  audienceRoles: AudienceRole[]
  audienceDuties: string[]
  revision: number
  identifier: string | null
  senderName: string | null
  draftedBy: string | null
  authors: string[]
  approvedBy: string | null
  approvedAt: string | null
  issuedBy: string | null
  issuedAt: string | null
  cancelledBy: string | null
  cancelledAt: string | null
  cancelReason: string | null
  expiredAt: string | null
  source: string | null
  createdAt: string
  updatedAt: string
  messages: WarningMessage[]
  allowedActions: WarningAction[]
}

/** The body of POST /api/warnings and /api/warnings/{id}/update. */
export interface WarningForm {
  eventType: string
  colour: Colour
  headline?: string | null
  description?: string | null
  instruction?: string | null
  regionCodes: string[]
  polygon?: string | null
  expiresAt: string
  audience?: { roles: AudienceRole[]; duties: string[] } | null
}

export interface RecipientPreview {
  warningId: string
  total: number
  byRole: Record<string, number>
  byDistrict: { code: string; name: string; total: number; byRole: Record<string, number> }[]
}

export interface DistrictDelivery {
  code: string
  name: string
  recipients: number
  sent: number
  delivered: number
  acknowledged: number
  failed: number
}

export interface DeliveryCounts {
  recipients: number
  sent: number
  delivered: number
  acknowledged: number
  failed: number
  escalations: number
  byDistrict: DistrictDelivery[]
}
