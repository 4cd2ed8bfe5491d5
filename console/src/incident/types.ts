/** What the platform's `incident` module answers (see IncidentController). */

export type Level = 'I' | 'II' | 'III' | 'IV'
export const LEVELS: Level[] = ['I', 'II', 'III', 'IV']
export type IncidentStatus = 'REPORTED' | 'RESPONDING' | 'RECOVERING' | 'CLOSED'
export type TaskStatus = 'ASSIGNED' | 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'DONE' | 'BLOCKED' | 'CANCELLED'

export interface Facts {
  deaths: number
  injured: number
  missing: number
  trapped: number
  evacuated: number
  directLoss: number
}

export interface Deadlines {
  rule: string
  firstPhoneBy: string
  firstWrittenBy: string
  firstReportedAt: string | null
  firstReportLate: boolean
  nextFollowUpBy: string | null
  finalReported: boolean
}

/** A region or department by its code and name. */
export interface CodedName {
  code: string
  name: string
}

/** An incident as the platform answers it (IncidentDesk.IncidentView), composed of small parts. */
export interface Incident {
  id: string
  summary: {
    code: string
    title: string
    level: Level
    status: IncidentStatus
    reportedAt: string
    createdBy: string
    origin: { kind: string; id: string | null } | null
    drillOnly: boolean
  }
  type: { code: string; name: string; nameEn: string; category: string; categoryName: string }
  place: {
    latitude: number
    longitude: number
    district: CodedName
    street: CodedName | null
    areaCodes: string[]
    polygon: string | null
  }
  lead: CodedName
  assessment: { facts: Facts; criteria: string[]; implied: Level; warning: string | null }
  deadlines: Deadlines
  canCommand: boolean
}

export interface IncidentType {
  code: string
  level: 'category' | 'class' | 'type'
  nameZh: string
  nameEn: string
  leadUnit: string
}

export interface Report {
  id: string
  seq: number
  kind: 'FIRST' | 'FOLLOW_UP' | 'FINAL'
  facts: Facts
  summary: string
  reportedBy: string
  reportedAt: string
}

export interface Activation {
  id: string
  number: number
  planId: string
  planVersionId: string
  planName: string
  versionNumber: number
  scenarioCode: string
  scenarioName: string
  level: Level
  drill: boolean
  status: 'ACTIVE' | 'ENDED'
  activatedBy: string
  activatedAt: string
}

export interface Task {
  id: string
  key: string
  activation: number
  unitCode: string
  unitName: string
  title: string
  detail: string
  level: Level | null
  resources: string[]
  audience: number
  deadlineAt: string
  status: TaskStatus
  blockedReason: string | null
  notified: boolean
  drill: boolean
  overdue: boolean
  updatedAt: string
  updatedBy: string | null
  mine: boolean
}

export interface UnitTasks {
  unitCode: string
  unitName: string
  tasks: Task[]
  open: number
  overdue: number
}

export interface TimelineEntry {
  id: number
  at: string
  kind: string
  summary: string
  actor: string
}

export interface Consultation {
  id: string
  at: string
  topic: string
  participants: string[]
  conclusions: string
  recordedBy: string
}

export interface Decision {
  id: string
  at: string
  decision: string
  decidedBy: string
}

export interface Board {
  incident: Incident
  activations: Activation[]
  units: UnitTasks[]
  counts: Partial<Record<TaskStatus, number>>
  overdue: number
  timeline: TimelineEntry[]
  reports: Report[]
  consultations: Consultation[]
  decisions: Decision[]
  at: string
}

export interface PlanMatch {
  planId: string
  planCode: string
  planName: string
  versionId: string
  versionNumber: number
  scenarioCode: string
  scenarioName: string
  suggestedLevel: Level
  reasons: string[]
  unmet: string[]
  score: number
}

export interface ActivationForm {
  planVersionId: string
  scenarioCode: string
  level: Level
  drill: boolean
}

export interface PreviewTask {
  key: string
  unitCode: string
  unitName: string
  title: string
  level: Level | null
  deadlineMinutes: number
  unitRecipients: number
  audienceRecipients: number
}

export interface Preview {
  planName: string
  versionNumber: number
  scenarioCode: string
  scenarioName: string
  level: Level
  drill: boolean
  tasks: number
  units: number
  unitRecipients: number
  audienceRecipients: number
  notifications: number
  unitsWithoutRecipients: string[]
  taskList: PreviewTask[]
}

export interface NewIncident {
  title: string
  typeCode: string
  level: Level
  latitude: number | null
  longitude: number | null
  areaCodes: string[]
}

export interface NewReport {
  kind: 'FIRST' | 'FOLLOW_UP' | 'FINAL'
  deaths: number
  injured: number
  missing: number
  trapped: number
  evacuated: number
  directLoss: number
  summary: string
}
