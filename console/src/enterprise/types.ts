/** The enterprise module's API types (as `EnterpriseController`, `Profiles`, `PortalController` answer). */
export type RiskLevel = 'RED' | 'ORANGE' | 'YELLOW' | 'BLUE'

export interface Contact {
  name: string
  role: string
  phone: string
}

/** An enterprise as `EnterpriseController.EnterpriseView` composes it. */
export interface EnterpriseView {
  uscc: string
  name: string
  business: {
    industryCode: string
    industryName: string
    scale: 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO'
    keyCategories: string[]
  }
  site: {
    address: string | null
    lat: number | null
    lon: number | null
    districtCode: string | null
    districtName: string | null
    streetCode: string | null
    streetName: string | null
    gridCode: string | null
  }
  regulatorCodes: string[]
  contacts: Contact[]
  risk: { score: number; level: RiskLevel }
}

export interface EnterprisePage {
  items: EnterpriseView[]
  total: number
  page: number
  size: number
}

export interface Industry {
  code: string
  section: string
  sectionName: string
  name: string
}

export interface KeyCategoryInfo {
  code: string
  zh: string
  en: string
  points: number
}

export interface RiskFactor {
  code: string
  nameZh: string
  nameEn: string
  count: number
  points: number
  cap: number
  basis: string
}

export interface RiskChange {
  at: string
  score: number
  level: RiskLevel
  previous: number | null
  reason: string
}

export interface FactView {
  kind: string
  kindName: string
  reference: string
  title: string | null
  status: string | null
  open: boolean
  severity: number
  at: string
  dueAt: string | null
  overdue: boolean
  link: string | null
  detail: string | null
}

export interface Reminder {
  kind: string
  title: string
  due: string
  overdue: boolean
  reference: string | null
  link: string | null
}

export interface Profile {
  enterprise: EnterpriseView
  risk: { score: number; level: RiskLevel; factors: RiskFactor[]; history: RiskChange[] }
  counts: Record<string, { total: number; open: number; overdue: number }>
  sections: Record<string, FactView[]>
  timeline: FactView[]
  reminders: Reminder[]
  publicPath: string
}

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

export interface PublicEnterprise {
  code: string
  uscc: string
  name: string
  address: string | null
  industryName: string
  districtName: string | null
  riskLevel: RiskLevel
  notices: { kind: string; kindName: string; title: string; at: string; until: string | null }[]
}

export interface RectificationAnswer {
  id: string
  orderCode: string
  note: string
  evidence: { name: string; contentType: string; size: number; sha256: string }[]
  answeredBy: string
  answeredAt: string
}

export interface PortalRisk {
  score: number
  level: RiskLevel
  factors: RiskFactor[]
}

export interface Portal {
  enterprise: EnterpriseView
  risk: PortalRisk
  reminders: Reminder[]
  orders: FactView[]
  answers: RectificationAnswer[]
  publicPath: string
}
