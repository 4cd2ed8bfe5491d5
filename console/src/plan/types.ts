/** What the platform's `plan` module answers, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

// The document types these codes as plain strings (the records hold Strings); the console knows the values.
export type PlanLevel = 'CITY' | 'DISTRICT' | 'ENTERPRISE'
export type VersionStatus = 'DRAFT' | 'REVIEW' | 'PUBLISHED' | 'SUPERSEDED'

export type Measure = Nullable<Answer<Schemas['Measure']>, 'audience'>
export type ResponseLevel = Measure['level']
export type Duty = Nullable<Answer<Schemas['Duty']>, 'unitName'>
export type Condition = Nullable<Answer<Schemas['Condition']>, 'minDistricts' | 'label'>
export type Scenario = Refine<Answer<Schemas['Scenario']>, { conditions: Condition[] }>
export type Audience = Answer<Schemas['Audience']>
export type PlanContent = Refine<Answer<Schemas['PlanContent']>, { duties: Duty[]; scenarios: Scenario[]; measures: Measure[] }>

export type PlanOverview = Nullable<
  Refine<Answer<Schemas['PlanOverview']>, { level: PlanLevel; openStatus: VersionStatus }>,
  'publishedVersion' | 'openVersion' | 'openStatus'
>

export type PlanVersion = Nullable<
  Refine<Answer<Schemas['PlanVersionView']>, { planLevel: PlanLevel; status: VersionStatus; content: PlanContent }>,
  'originKind' | 'originId' | 'submittedBy' | 'approvedBy' | 'approvedAt' | 'publishedAt'
>

// ---- Not (correctly) in the API document yet: written by hand ----

// Two records are called `Change` (the plan diff's and the resource module's); the document keeps the resource one.
export interface Change {
  section: 'DUTY' | 'SCENARIO' | 'MEASURE'
  kind: 'ADDED' | 'REMOVED' | 'CHANGED'
  key: string
  before: string | null
  after: string | null
}

export type Diff = Omit<Answer<Schemas['Diff']>, 'from' | 'to' | 'changes'> & {
  from: PlanVersion
  to: PlanVersion
  changes: Change[]
}

// ---- Console only ----

export const CONDITION_KINDS = ['TYPE', 'LEVEL', 'AREA', 'ALARM'] as const
