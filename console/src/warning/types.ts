/** Types of the platform's `warning` API, aliases of the generated types (see api/contract.ts). */
import type { Answer, Body, Nullable, Refine, Schemas } from '@/api/contract'

export type Colour = NonNullable<Schemas['WarningView']['colour']>
export type WarningStatus = NonNullable<Schemas['WarningView']['status']>
/** The moves the document types as plain strings; the console knows these. */
export type WarningAction = 'update' | 'approve' | 'issue' | 'cancel'
/** Person roles a warning may address (organisation's PersonRole). */
export type AudienceRole = Answer<Schemas['WarningView']>['audienceRoles'][number]


export type EventType = Answer<Schemas['EventType']>

export type WarningMessage = Answer<Schemas['MessageView']>

export type Warning = Nullable<
  Refine<Answer<Schemas['WarningView']>, { allowedActions: WarningAction[] }>,
  | 'colour'
  | 'colourName'
  | 'description'
  | 'instruction'
  | 'polygon'
  | 'areaDescription'
  | 'identifier'
  | 'senderName'
  | 'draftedBy'
  | 'approvedBy'
  | 'approvedAt'
  | 'issuedBy'
  | 'issuedAt'
  | 'cancelledBy'
  | 'cancelledAt'
  | 'cancelReason'
  | 'expiredAt'
  | 'source'
>

/** The body of POST /api/warnings and /api/warnings/{id}/update. */
export type WarningForm = Body<Schemas['WarningForm']>

export type DistrictDelivery = Answer<Schemas['District']>
export type DeliveryCounts = Answer<Schemas['DeliveryCounts']>

export type RecipientPreview = Answer<Schemas['RecipientPreview']>

// ---- Console only ----

export const COLOURS: Colour[] = ['RED', 'ORANGE', 'YELLOW', 'BLUE']
export const WARNING_STATUSES: WarningStatus[] = ['DRAFT', 'APPROVED', 'ISSUED', 'CANCELLED', 'EXPIRED', 'RECEIVED']
/** The roles the warning form offers. */
export const AUDIENCE_ROLES = ['RESPONSIBLE_PERSON', 'DUTY_OFFICER', 'GRID_WORKER', 'DISASTER_INFORMATION_OFFICER', 'FOREST_FIRE_PERSONNEL'] as const satisfies readonly AudienceRole[]
