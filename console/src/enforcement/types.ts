/** Shapes of the platform's enforcement API, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

export type CaseStatus = Answer<Schemas['CaseView']>['status']
export type PenaltyType = Answer<Schemas['DecisionView']>['penalty']
/** The moves the document types as plain strings; the console knows these. */
export type CaseAction = 'investigate' | 'submit' | 'approve' | 'return' | 'decide' | 'execute' | 'recheck' | 'close'
export type ItemResult = Answer<Schemas['ItemAnswer']>['result']
export type EvidenceKind = Answer<Schemas['Evidence']>['kind']

export type Due = Nullable<Answer<Schemas['Due']>, 'inspectionNumber'>

export type FindingView = Nullable<
  Answer<Schemas['FindingView']>,
  'itemCode' | 'categoryCode' | 'grade' | 'hazardRef' | 'hazardOrderCode' | 'hazardOrderStatus'
>

export type InspectionPhoto = Nullable<Answer<Schemas['Photo']>, 'findingNo'>

export type Inspection = Nullable<
  Refine<
    Answer<Schemas['InspectionView']>,
    {
      checklist: { itemCode: string; itemText: string; result: ItemResult; note: string | null }[]
      findings: FindingView[]
      photos: InspectionPhoto[]
    }
  >,
  'latitude' | 'longitude' | 'address' | 'conclusion' | 'caseCode'
>

export type InspectionRow = Nullable<Answer<Schemas['InspectionRow']>, 'caseCode'>

export type CaseRow = Nullable<
  Refine<Answer<Schemas['Row']>, { penalty: PenaltyType }>,
  'stepDeadline' | 'penalty' | 'fineAmount' | 'closedAt'
>

export type AccidentInvestigation = Nullable<Answer<Schemas['Investigation']>, 'description' | 'caseCode'>

export type Evidence = Nullable<Answer<Schemas['Evidence']>, 'note'>

export type Consultation = Answer<Schemas['Consultation']>

type Decision = Nullable<Answer<Schemas['DecisionView']>, 'fineAmount' | 'note'>
type Step = Nullable<Answer<Schemas['StepView']>, 'note'>
type HazardOrderLink = Nullable<Answer<Schemas['HazardOrderLink']>, 'orderCode' | 'status'>
type Chain = Nullable<
  Refine<Answer<Schemas['Chain']>, { accidentInvestigation: AccidentInvestigation; hazardOrders: HazardOrderLink[] }>,
  'accidentInvestigation'
>

export type CaseView = Nullable<
  Refine<
    Answer<Schemas['CaseView']>,
    {
      decision: Decision
      allowedActions: CaseAction[]
      chain: Chain
      steps: Step[]
      evidence: Evidence[]
    }
  >,
  'cause' | 'investigator' | 'reviewer' | 'stepDeadline' | 'rectified' | 'closedAt' | 'decision'
>

export type Plan = Refine<
  Answer<Schemas['PlanView']>,
  { plan: Nullable<Answer<Schemas['Plan']>, 'departmentCode' | 'industryPrefix' | 'keyCategory'> }
>

// ---- Not (correctly) in the API document yet: written by hand ----

// /api/inspection-checklists: two records are called `Form`; the document keeps the warning form.
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

export interface InspectionForm {
  enterprise: EnterpriseSummary
  items: ChecklistItem[]
  due: Due[]
}

// ---- Console only ----

export const CASE_STATUSES: CaseStatus[] = ['FILED', 'INVESTIGATING', 'REVIEWING', 'DECIDING', 'EXECUTING', 'RECHECKING', 'CLOSED']
export const PENALTY_TYPES: PenaltyType[] = ['WARNING', 'FINE', 'CONFISCATION', 'SUSPENSION', 'REVOCATION']
