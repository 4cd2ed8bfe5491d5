/** Shapes of the platform's enforcement API (org.forewarn.enforcement). */

export type CaseStatus = 'FILED' | 'INVESTIGATING' | 'REVIEWING' | 'DECIDING' | 'EXECUTING' | 'RECHECKING' | 'CLOSED'
export const CASE_STATUSES: CaseStatus[] = ['FILED', 'INVESTIGATING', 'REVIEWING', 'DECIDING', 'EXECUTING', 'RECHECKING', 'CLOSED']
export type PenaltyType = 'WARNING' | 'FINE' | 'CONFISCATION' | 'SUSPENSION' | 'REVOCATION'
export const PENALTY_TYPES: PenaltyType[] = ['WARNING', 'FINE', 'CONFISCATION', 'SUSPENSION', 'REVOCATION']
export type CaseAction = 'investigate' | 'submit' | 'approve' | 'return' | 'decide' | 'execute' | 'recheck' | 'close'
export type ItemResult = 'PASS' | 'FAIL' | 'NOT_APPLICABLE'
export type EvidenceKind = 'DOCUMENT' | 'PHOTO' | 'VIDEO'

export interface EnterpriseSummary {
  uscc: string
  name: string
  industryCode: string | null
  industryName: string | null
  address: string | null
  latitude: number | null
  longitude: number | null
  districtCode: string | null
  keyCategories: string[]
  riskLevel: string | null
  riskScore: number
}

export interface ChecklistItem {
  code: string
  checklist: string
  checklistName: string
  itemNo: number
  text: string
  legalBasis: string | null
}

export interface Due {
  id: string
  planId: string
  uscc: string
  enterprise: string
  districtCode: string
  riskLevel: string
  dueOn: string
  inspectionNumber: string | null
}

export interface InspectionForm {
  enterprise: EnterpriseSummary
  items: ChecklistItem[]
  due: Due[]
}

export interface FindingView {
  findingNo: number
  description: string
  itemCode: string | null
  categoryCode: string | null
  grade: string | null
  /** Set when the finding went to the hazard loop. */
  hazard: { ref: string; orderCode: string | null; orderStatus: string | null } | null
  toCase: boolean
}

export interface InspectionPhoto {
  id: string
  findingNo: number | null
  contentType: string
  size: number
  sha256: string
}

/** An inspection record as `CaseViews.InspectionView` composes it. */
export interface Inspection {
  header: {
    number: string
    districtCode: string
    departmentCode: string | null
    caseCode: string | null
    conclusion: string | null
    createdBy: string
    createdAt: string
  }
  enterprise: { uscc: string; name: string }
  visit: { inspectors: string[]; inspectedAt: string; latitude: number | null; longitude: number | null; address: string | null }
  checklist: { itemCode: string; itemText: string; result: ItemResult; note: string | null }[]
  findings: FindingView[]
  photos: InspectionPhoto[]
}

export interface InspectionRow {
  number: string
  uscc: string
  enterprise: string
  districtCode: string
  inspectors: string[]
  inspectedAt: string
  caseCode: string | null
}

export interface CaseRow {
  caseCode: string
  caseNumber: string
  uscc: string
  enterprise: string
  districtCode: string
  title: string
  status: CaseStatus
  stepDeadline: string | null
  everOverdue: boolean
  penalty: PenaltyType | null
  fineAmount: number | null
  filedAt: string
  closedAt: string | null
}

export interface AccidentInvestigation {
  id: string
  number: string
  uscc: string
  enterprise: string
  districtCode: string
  title: string
  occurredAt: string
  deaths: number
  injuries: number
  description: string | null
  caseCode: string | null
  status: string
  openedBy: string
  openedAt: string
}

export interface Evidence {
  id: string
  kind: EvidenceKind
  fileName: string
  contentType: string
  size: number
  sha256: string
  note: string | null
  uploadedBy: string
  uploadedAt: string
}

export interface Consultation {
  id: string
  experts: string[]
  opinion: string
  heldAt: string
  recordedBy: string
}

/** A case as `CaseViews.CaseView` composes it. */
export interface CaseView {
  header: {
    caseCode: string
    caseNumber: string
    title: string
    cause: string | null
    status: CaseStatus
    statusName: string
    districtCode: string
    departmentCode: string | null
  }
  enterprise: { uscc: string; name: string }
  deadline: { stepStartedAt: string; stepDeadline: string | null; overdue: boolean; everOverdue: boolean }
  handling: {
    filedBy: string
    filedAt: string
    investigator: string | null
    reviewer: string | null
    rectified: boolean | null
    closedAt: string | null
  }
  decision: {
    penalty: PenaltyType
    penaltyName: string
    fineAmount: number | null
    legalBasis: string
    note: string | null
    decidedBy: string
    decidedAt: string
  } | null
  actions: { allowed: CaseAction[]; takesEvidence: boolean }
  chain: {
    caseCode: string
    caseNumber: string
    inspections: { number: string; inspectedAt: string; inspectors: string[]; findings: number }[]
    accidentInvestigation: AccidentInvestigation | null
    hazardOrders: { inspectionNumber: string; findingRef: string; orderCode: string | null; status: string | null }[]
  }
  dossier: {
    steps: { action: string; status: CaseStatus; statusName: string; actor: string; note: string | null; at: string; overdue: boolean }[]
    evidence: Evidence[]
    consultations: Consultation[]
  }
}

export interface Plan {
  plan: {
    id: string
    name: string
    regionCode: string
    departmentCode: string | null
    industryPrefix: string | null
    keyCategory: string | null
    riskLevels: string[]
    inspectors: string[]
    startsOn: string
    createdBy: string
  }
  counts: { open: number; overdue: number; done: number }
}
