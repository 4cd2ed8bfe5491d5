/** What the platform's `incident` module answers, aliases of the generated types (see api/contract.ts). */
import type { Answer, Body, Nullable, Refine, Schemas } from '@/api/contract'

export type Level = Answer<Schemas['IncidentSummary']>['level']
export type IncidentStatus = Answer<Schemas['IncidentSummary']>['status']
export type TaskStatus = Answer<Schemas['TaskView']>['status']
/** The kinds of report; the document types them as plain strings. */
export type ReportKind = 'FIRST' | 'FOLLOW_UP' | 'FINAL'

export type Facts = Answer<Schemas['Facts']>

export type Deadlines = Nullable<Answer<Schemas['ReportDeadlines']>, 'firstReportedAt' | 'nextFollowUpBy'>

export type Incident = Refine<
  Answer<Schemas['IncidentView']>,
  {
    summary: Nullable<Answer<Schemas['IncidentSummary']>, 'origin'>
    place: Nullable<Answer<Schemas['IncidentPlace']>, 'street' | 'polygon'>
    assessment: Nullable<Answer<Schemas['LevelAssessment']>, 'warning'>
    deadlines: Deadlines
  }
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
export type Preview = Refine<Answer<Schemas['ActivationPreview']>, { taskList: PreviewTask[] }>

export type NewIncident = Body<Refine<Schemas['NewIncident'], { level?: Level }>>
export type NewReport = Body<Refine<Schemas['NewReport'], { kind?: ReportKind }>>

/** The catalogue's types; `level` says which tier of the catalogue a code is (the document types it as a string). */
export type IncidentType = Refine<Answer<Schemas['IncidentType']>, { level: 'category' | 'class' | 'type' }>

// ---- Console only ----

export const LEVELS: Level[] = ['I', 'II', 'III', 'IV']
