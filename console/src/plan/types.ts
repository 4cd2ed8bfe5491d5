/** What the platform's `plan` module answers (see PlanController). */

export type PlanLevel = 'CITY' | 'DISTRICT' | 'ENTERPRISE'
export type VersionStatus = 'DRAFT' | 'REVIEW' | 'PUBLISHED' | 'SUPERSEDED'
export type ResponseLevel = 'I' | 'II' | 'III' | 'IV'
export const CONDITION_KINDS = ['TYPE', 'LEVEL', 'AREA', 'ALARM'] as const

export interface Duty { unitCode: string; unitName: string | null; duties: string[] }
export interface Condition { kind: string; values: string[]; minDistricts: number | null; label: string | null }
export interface Scenario { code: string; name: string; conditions: Condition[] }
export interface Audience { roles: string[]; duties: string[] }
export interface Measure {
  scenarioCode: string
  level: ResponseLevel
  unitCode: string
  task: string
  deadlineMinutes: number
  resources: string[]
  audience: Audience | null
}
export interface PlanContent { duties: Duty[]; scenarios: Scenario[]; measures: Measure[] }

export interface PlanOverview {
  id: string
  code: string
  name: string
  level: PlanLevel
  regionCode: string
  category: string
  publishedVersion: number | null
  openVersion: number | null
  openStatus: VersionStatus | null
  references: string[]
  referencedBy: string[]
}

export interface PlanVersion {
  id: string
  planId: string
  planCode: string
  planName: string
  planLevel: PlanLevel
  regionCode: string
  number: number
  status: VersionStatus
  content: PlanContent
  reason: string
  originKind: string | null
  originId: string | null
  author: string
  submittedBy: string | null
  approvedBy: string | null
  approvedAt: string | null
  publishedAt: string | null
  createdAt: string
}

export interface Change {
  section: 'DUTY' | 'SCENARIO' | 'MEASURE'
  kind: 'ADDED' | 'REMOVED' | 'CHANGED'
  key: string
  before: string | null
  after: string | null
}

export interface Diff { from: PlanVersion; to: PlanVersion; changes: Change[] }
