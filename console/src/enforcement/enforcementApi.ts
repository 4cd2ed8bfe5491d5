import { api } from '@/api/client'
import type {
  AccidentInvestigation,
  CaseAction,
  CaseRow,
  CaseView,
  Consultation,
  Due,
  Evidence,
  EvidenceKind,
  Inspection,
  InspectionForm,
  InspectionRow,
  ItemResult,
  PenaltyType,
  Plan,
} from './types'

/** Calls of the platform's `enforcement` module. */

export function inspectionForm(uscc: string): Promise<InspectionForm> {
  return api.get<InspectionForm>('/api/inspection-checklists', { uscc })
}

export function uploadInspectionPhoto(file: File): Promise<{ id: string; sha256: string; size: number }> {
  const form = new FormData()
  form.append('photo', file)
  return api.post('/api/inspections/photos', form)
}

export interface InspectionSubmission {
  uscc: string
  inspectors: string[]
  latitude?: number | null
  longitude?: number | null
  address?: string | null
  conclusion?: string | null
  dueId?: string | null
  checklist: { itemCode: string; result: ItemResult; note?: string | null }[]
  findings: {
    description: string
    itemCode?: string | null
    categoryCode?: string | null
    grade?: 'GENERAL' | 'MAJOR' | null
    photoIds: string[]
    openHazard: boolean
    openCase: boolean
  }[]
}

export function recordInspection(submission: InspectionSubmission, idempotencyKey: string): Promise<Inspection> {
  return api.post<Inspection>('/api/inspections', submission, { headers: { 'Idempotency-Key': idempotencyKey } })
}

export function listInspections(query: { q?: string; region?: string; uscc?: string; page?: number; size?: number } = {}): Promise<InspectionRow[]> {
  return api.get<InspectionRow[]>('/api/inspections', query)
}

export function getInspection(number: string): Promise<Inspection> {
  return api.get<Inspection>(`/api/inspections/${encodeURIComponent(number)}`)
}

export function listCases(query: { status?: string; q?: string; overdue?: boolean; page?: number; size?: number } = {}): Promise<CaseRow[]> {
  return api.get<CaseRow[]>('/api/enforcement/cases', query)
}

export function getCase(code: string): Promise<CaseView> {
  return api.get<CaseView>(`/api/enforcement/cases/${encodeURIComponent(code)}`)
}

export function fileCase(body: { uscc?: string; title?: string; cause?: string; inspectionNumber?: string; accidentInvestigationNumber?: string }, idempotencyKey: string): Promise<CaseView> {
  return api.post<CaseView>('/api/enforcement/cases', body, { headers: { 'Idempotency-Key': idempotencyKey } })
}

/** The body of each case move: exactly that move's fields (the API names each by its own schema). */
export type CaseMove =
  | { action: Exclude<CaseAction, 'decide' | 'recheck'>; note: string | null }
  | { action: 'decide'; penalty: PenaltyType; fineAmount: number | null; legalBasis: string; note: string | null }
  | { action: 'recheck'; passed: boolean; note: string | null }

export function moveCase(code: string, move: CaseMove): Promise<CaseView> {
  const { action, ...body } = move
  return api.post<CaseView>(`/api/enforcement/cases/${encodeURIComponent(code)}/${action}`, body)
}

export function uploadEvidence(code: string, file: File, kind: EvidenceKind, note: string): Promise<Evidence> {
  const form = new FormData()
  form.append('file', file)
  return api.post<Evidence>(`/api/enforcement/cases/${encodeURIComponent(code)}/evidence`, form, { query: { kind, note } })
}

export function evidenceFile(id: string): Promise<Blob> {
  return api.blob(`/api/enforcement/evidence/${encodeURIComponent(id)}`)
}

export function addConsultation(code: string, body: { experts: string[]; opinion: string; heldAt?: string | null }): Promise<Consultation> {
  return api.post<Consultation>(`/api/enforcement/cases/${encodeURIComponent(code)}/consultations`, body)
}

export function openAccidentInvestigation(code: string, body: { title: string; occurredAt: string; deaths: number; injuries: number; description?: string }): Promise<AccidentInvestigation> {
  return api.post<AccidentInvestigation>(`/api/enforcement/cases/${encodeURIComponent(code)}/accident-investigation`, body)
}

export function getAccidentInvestigation(number: string): Promise<AccidentInvestigation> {
  return api.get<AccidentInvestigation>(`/api/accident-investigations/${encodeURIComponent(number)}`)
}

export function listPlans(): Promise<Plan[]> {
  return api.get<Plan[]>('/api/inspection-plans')
}

export function createPlan(body: { name: string; regionCode?: string; riskLevels: string[]; industryPrefix?: string; keyCategory?: string; inspectors: string[] }): Promise<Plan> {
  return api.post<Plan>('/api/inspection-plans', body)
}

export function generateDue(id: string, horizonDays = 30): Promise<{ matched: number; added: number; alreadyDue: number; notYetDue: number }> {
  return api.post(`/api/inspection-plans/${encodeURIComponent(id)}/generate`, undefined, { query: { horizonDays } })
}

export function dueOfPlan(id: string, open = true): Promise<Due[]> {
  return api.get<Due[]>(`/api/inspection-plans/${encodeURIComponent(id)}/due`, { open, size: 500 })
}
