/** The enterprise module's API types, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

/** The document types risk levels and scales as plain strings; the console knows the values. */
export type RiskLevel = 'RED' | 'ORANGE' | 'YELLOW' | 'BLUE'
export type EnterpriseScale = 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO'

export type Contact = Answer<Schemas['EnterpriseContact']>

export type EnterpriseView = Refine<
  Answer<Schemas['EnterpriseView']>,
  {
    business: Refine<Answer<Schemas['EnterpriseBusiness']>, { scale: EnterpriseScale }>
    site: Nullable<
      Answer<Schemas['EnterpriseSite']>,
      'address' | 'lat' | 'lon' | 'districtCode' | 'districtName' | 'streetCode' | 'streetName' | 'gridCode'
    >
    risk: Refine<Answer<Schemas['RiskRating']>, { level: RiskLevel }>
  }
>

export type Industry = Answer<Schemas['Industry']>

export type RiskFactor = Answer<Schemas['Factor']>

export type RiskChange = Nullable<Refine<Answer<Schemas['RiskChange']>, { level: RiskLevel }>, 'previous'>

export type FactView = Nullable<Answer<Schemas['FactView']>, 'title' | 'status' | 'dueAt' | 'link' | 'detail'>

export type Reminder = Nullable<Answer<Schemas['Reminder']>, 'reference' | 'link'>

export type PublicEnterprise = Nullable<
  Refine<
    Answer<Schemas['PublicEnterprise']>,
    { riskLevel: RiskLevel; notices: Nullable<Answer<Schemas['PublicNotice']>, 'until'>[] }
  >,
  'address' | 'districtName'
>

export type RectificationAnswer = Answer<Schemas['RectificationAnswer']>

export type Portal = Refine<
  Answer<Schemas['Portal']>,
  {
    enterprise: EnterpriseView
    risk: Refine<Answer<Schemas['PortalRisk']>, { level: RiskLevel }>
    reminders: Reminder[]
    orders: FactView[]
    answers: RectificationAnswer[]
  }
>

export type EnterprisePage = Refine<Answer<Schemas['EnterprisePage']>, { items: EnterpriseView[] }>

export type KeyCategoryInfo = Answer<Schemas['KeyCategoryOption']>

export type Profile = Refine<
  Answer<Schemas['EnterpriseProfile']>,
  {
    enterprise: EnterpriseView
    risk: Refine<Answer<Schemas['Risk']>, { level: RiskLevel; history: RiskChange[] }>
    sections: Record<string, FactView[]>
    timeline: FactView[]
    reminders: Reminder[]
  }
>

export type ImportProblem = Nullable<Answer<Schemas['RowProblem']>, 'uscc'>

export type ImportReport = Refine<Answer<Schemas['ImportReport']>, { problems: ImportProblem[] }>
