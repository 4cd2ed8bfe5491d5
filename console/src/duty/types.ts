/** The duty API shapes (organisation module: /api/duty). */
export type DutyPosition = 'LEADER' | 'OFFICER' | 'ASSISTANT'
export const POSITIONS: DutyPosition[] = ['LEADER', 'OFFICER', 'ASSISTANT']

export interface Shift {
  id: string
  centreCode: string
  position: DutyPosition
  personId: string
  personName: string
  maskedPhone: string
  startsAt: string
  endsAt: string
  createdBy: string
}

export interface CentreDuty {
  code: string
  name: string
  tier: 'CITY' | 'DISTRICT' | 'INDUSTRY'
  sector: string | null
  regionCode: string
  departmentCode: string
  onShift: Shift[]
  manageable: boolean
}

export interface Handover {
  id: string
  centreCode: string
  outgoingPerson: string
  outgoingName: string
  incomingPerson: string
  incomingName: string
  notes: string
  openItems: string[]
  handedOverAt: string
  recordedBy: string
}
