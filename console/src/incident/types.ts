/** What the platform's `incident` module answers, aliases of the generated types (see api/contract.ts). */
import type { Answer, Body, Nullable, Refine, Schemas } from '@/api/contract'

export type Level = Answer<Schemas['IncidentView']>['level']
export type IncidentStatus = Answer<Schemas['IncidentView']>['status']
export type TaskStatus = Answer<Schemas['TaskView']>['status']
/** The kinds of report; the document types them as plain strings. */
export type ReportKind = 'FIRST' | 'FOLLOW_UP' | 'FINAL'

export type Facts = Answer<Schemas['Facts']>

export type Deadlines = Nullable<Answer<Schemas['Deadlines']>, 'firstReportedAt' | 'nextFollowUpBy'>

export type Incident = Nullable<
  Answer<Schemas['IncidentView']>,
  'streetCode' | 'streetName' | 'polygon' | 'originKind' | 'originId' | 'levelWarning'
>

export type Report = Refine<Answer<Schemas['ReportRow']>, { kind: ReportKind }>

export type Activation = Refine<Answer<Schemas['ActivationRow']>, { status: 'ACTIVE' | 'ENDED' }>

export type Task = Nullable<Refine<Answer<Schemas['TaskView']>, { level: Level }>, 'level' | 'blockedReason' | 'updatedBy'>

export type UnitTasks = Refine<Answer<Schemas['UnitTasks']>, { tasks: Task[] }>

export type TimelineEntry = Answer<Schemas['TimelineRow']>
export type Consultation = Answer<Schemas['ConsultationRow']>
export type Decision = Answer<Schemas['DecisionRow']>

export type Board = Refine<
  Answer<Schemas['Board']>,
  { activations: Activation[]; units: UnitTasks[]; counts: Partial<Record<TaskStatus, number>>; reports: Report[] }
>

export type PlanMatch = Answer<Schemas['PlanMatch']>

export type ActivationForm = Body<Refine<Schemas['ActivationForm'], { level?: Level }>>

export type PreviewTask = Nullable<Answer<Schemas['PreviewTask']>, 'level'>
export type Preview = Refine<Answer<Schemas['Preview']>, { taskList: PreviewTask[] }>

export type NewIncident = Body<Refine<Schemas['NewIncident'], { level?: Level }>>
export type NewReport = Body<Refine<Schemas['NewReport'], { kind?: ReportKind }>>

// ---- Not (correctly) in the API document yet: written by hand ----

// /api/incidents/types: three records are called `Type`; the document keeps the resource module's.
export interface IncidentType {
  code: string
  level: 'category' | 'class' | 'type'
  nameZh: string
  nameEn: string
  leadUnit: string
}

// ---- Console only ----

export const LEVELS: Level[] = ['I', 'II', 'III', 'IV']
