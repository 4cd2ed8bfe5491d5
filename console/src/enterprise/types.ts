/** The enterprise module's API types, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

/** The document types risk levels and scales as plain strings; the console knows the values. */
export type RiskLevel = 'RED' | 'ORANGE' | 'YELLOW' | 'BLUE'

export type Contact = Answer<Schemas['Contact']>

export type EnterpriseView = Nullable<
  Refine<Answer<Schemas['EnterpriseView']>, { scale: 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO'; riskLevel: RiskLevel }>,
  'address' | 'lat' | 'lon' | 'districtCode' | 'districtName' | 'streetCode' | 'streetName' | 'gridCode'
>

export type Industry = Answer<Schemas['Industry']>

export type RiskFactor = Answer<Schemas['Factor']>

export type FactView = Nullable<Answer<Schemas['FactView']>, 'title' | 'status' | 'dueAt' | 'link' | 'detail'>

export type Reminder = Nullable<Answer<Schemas['Reminder']>, 'reference' | 'link'>

export type PublicEnterprise = Nullable<
  Refine<
    Answer<Schemas['PublicEnterprise']>,
    { riskLevel: RiskLevel; notices: { kind: string; kindName: string; title: string; at: string; until: string | null }[] }
  >,
  'address' | 'districtName'
>

export type RectificationAnswer = Refine<
  Answer<Schemas['Answer']>,
  { evidence: { name: string; contentType: string; size: number; sha256: string }[] }
>

export type Portal = Refine<
  Answer<Schemas['Portal']>,
  {
    enterprise: EnterpriseView
    riskLevel: RiskLevel
    reminders: Reminder[]
    orders: FactView[]
    answers: RectificationAnswer[]
  }
>

// ---- Not (correctly) in the API document yet: written by hand ----

// /api/enterprises answers a page that two records call `PageView`; the document keeps the resource module's.
export interface EnterprisePage {
  items: EnterpriseView[]
  total: number
  page: number
  size: number
}

// /api/enterprises/key-categories answers maps, which the document cannot describe.
export interface KeyCategoryInfo {
  code: string
  zh: string
  en: string
  points: number
}

// Four records are called `Change`; the document keeps the resource module's.
export interface RiskChange {
  at: string
  score: number
  level: RiskLevel
  previous: number | null
  reason: string
}

// /api/enterprises/{uscc}/profile: its `counts` and `risk.history` are records whose names (`Counts`, `Change`) other
// modules use too, so the document describes them wrongly.
export type Profile = Omit<Answer<Schemas['Profile']>, 'enterprise' | 'risk' | 'counts' | 'sections' | 'timeline' | 'reminders'> & {
  enterprise: EnterpriseView
  risk: { score: number; level: RiskLevel; factors: RiskFactor[]; history: RiskChange[] }
  counts: Record<string, { total: number; open: number; overdue: number }>
  sections: Record<string, FactView[]>
  timeline: FactView[]
  reminders: Reminder[]
}

// /api/enterprises/import: four records are called `Report`; the document keeps the hazard report.
export interface ImportProblem {
  row: number
  uscc: string | null
  field: string
  message: string
}

export interface ImportReport {
  id: string
  rows: number
  imported: number
  rejected: number
  problems: ImportProblem[]
  millis: number
}
