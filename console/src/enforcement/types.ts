/** Shapes of the platform's enforcement API, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

export type CaseStatus = Answer<Schemas['CaseHeader']>['status']
export type PenaltyType = Answer<Schemas['DecisionView']>['penalty']
/** The moves the document types as plain strings; the console knows these. */
export type CaseAction = 'investigate' | 'submit' | 'approve' | 'return' | 'decide' | 'execute' | 'recheck' | 'close'
export type ItemResult = Answer<Schemas['ItemAnswer']>['result']
export type EvidenceKind = Answer<Schemas['Evidence']>['kind']

export type Due = Nullable<Answer<Schemas['DueInspection']>, 'inspectionNumber'>

type FindingHazard = Nullable<Answer<Schemas['FindingHazard']>, 'orderCode' | 'orderStatus'>

export type FindingView = Nullable<
  Refine<Answer<Schemas['FindingView']>, { hazard: FindingHazard | null }>,
  'itemCode' | 'categoryCode' | 'grade'
>

export type InspectionPhoto = Nullable<Answer<Schemas['InspectionPhoto']>, 'findingNo'>

export type Inspection = Refine<
  Answer<Schemas['InspectionView']>,
  {
    header: Nullable<Answer<Schemas['InspectionHeader']>, 'caseCode' | 'conclusion'>
    visit: Nullable<Answer<Schemas['InspectionVisit']>, 'latitude' | 'longitude' | 'address'>
    checklist: Nullable<Answer<Schemas['ItemResult']>, 'note'>[]
    findings: FindingView[]
    photos: InspectionPhoto[]
  }
>

export type InspectionRow = Nullable<Answer<Schemas['InspectionRow']>, 'caseCode'>

export type CaseRow = Nullable<
  Refine<Answer<Schemas['CaseRow']>, { penalty: PenaltyType | null }>,
  'stepDeadline' | 'fineAmount' | 'closedAt'
>

export type AccidentInvestigation = Nullable<Answer<Schemas['Investigation']>, 'description' | 'caseCode'>

export type Evidence = Nullable<Answer<Schemas['Evidence']>, 'note'>

export type Consultation = Answer<Schemas['Consultation']>

type Decision = Nullable<Answer<Schemas['DecisionView']>, 'fineAmount' | 'note'>
type Step = Nullable<Answer<Schemas['CaseStepView']>, 'note'>
type HazardOrderLink = Nullable<Answer<Schemas['HazardOrderLink']>, 'orderCode' | 'status'>
type Chain = Refine<
  Answer<Schemas['CaseChain']>,
  { accidentInvestigation: AccidentInvestigation | null; hazardOrders: HazardOrderLink[] }
>

export type CaseView = Refine<
  Answer<Schemas['CaseView']>,
  {
    header: Nullable<Answer<Schemas['CaseHeader']>, 'cause'>
    deadline: Nullable<Answer<Schemas['CaseDeadline']>, 'stepDeadline'>
    handling: Nullable<Answer<Schemas['CaseHandling']>, 'investigator' | 'reviewer' | 'rectified' | 'closedAt'>
    decision: Decision | null
    actions: Refine<Answer<Schemas['CaseActions']>, { allowed: CaseAction[] }>
    chain: Chain
    dossier: Refine<Answer<Schemas['CaseDossier']>, { steps: Step[]; evidence: Evidence[] }>
  }
>

export type Plan = Refine<
  Answer<Schemas['PlanView']>,
  { plan: Nullable<Answer<Schemas['Plan']>, 'departmentCode' | 'industryPrefix' | 'keyCategory'> }
>

export type EnterpriseSummary = Nullable<
  Answer<Schemas['EnterpriseSummary']>,
  'industryCode' | 'industryName' | 'address' | 'latitude' | 'longitude' | 'districtCode' | 'streetCode' | 'gridCode' | 'riskLevel'
>

export type ChecklistItem = Nullable<Answer<Schemas['Item']>, 'legalBasis'>

export type InspectionForm = Refine<
  Answer<Schemas['InspectionForm']>,
  { enterprise: EnterpriseSummary; items: ChecklistItem[]; due: Due[] }
>

// ---- Console only ----

export const CASE_STATUSES: CaseStatus[] = ['FILED', 'INVESTIGATING', 'REVIEWING', 'DECIDING', 'EXECUTING', 'RECHECKING', 'CLOSED']
export const PENALTY_TYPES: PenaltyType[] = ['WARNING', 'FINE', 'CONFISCATION', 'SUSPENSION', 'REVOCATION']
