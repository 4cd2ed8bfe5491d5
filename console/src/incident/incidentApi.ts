import { api } from '@/api/client'
import type {
  Activation, ActivationForm, Board, Consultation, Decision, Incident, IncidentType, NewIncident, NewReport, PlanMatch,
  Preview, Report, Task,
} from './types'
import type { BoardResourceKind } from './board'

/** Calls of the platform's `incident` module. */

const base = (id: string) => `/api/incidents/${encodeURIComponent(id)}`

export const listIncidents = (includeClosed = false) => api.get<Incident[]>('/api/incidents', { includeClosed })
export const incidentTypes = () => api.get<IncidentType[]>('/api/incidents/types')
export const createIncident = (form: NewIncident) => api.post<Incident>('/api/incidents', form)
export const getBoard = (id: string) => api.get<Board>(`${base(id)}/board`)
export const boardStreamPath = (id: string) => `${base(id)}/board/stream`
export const fileReport = (id: string, form: NewReport) => api.post<Report>(`${base(id)}/reports`, form)
export const planMatches = (id: string) => api.get<PlanMatch[]>(`${base(id)}/plan-matches`)
export const previewActivation = (id: string, form: ActivationForm) => api.post<Preview>(`${base(id)}/activations/preview`, form)
export const activate = (id: string, form: ActivationForm, key: string) =>
  api.post<{ activation: Activation; replayed: boolean; tasks: number; notifications: number }>(`${base(id)}/activations`, form, {
    headers: { 'Idempotency-Key': key },
  })
export const changeResponseLevel = (id: string, number: number, level: string, reason: string) =>
  api.post<Activation>(`${base(id)}/activations/${number}/level`, { level, reason })
export const changeIncidentLevel = (id: string, level: string, reason: string) => api.post<Incident>(`${base(id)}/level`, { level, reason })
/** The status moves, each its own endpoint: RESPONDING → respond, RECOVERING → recover, CLOSED → close. */
const MOVES = { RESPONDING: 'respond', RECOVERING: 'recover', CLOSED: 'close' } as const
export const moveIncident = (id: string, status: keyof typeof MOVES, reason: string) =>
  api.post<Incident>(`${base(id)}/${MOVES[status]}`, { reason })
export const moveTask = (id: string, task: string, action: 'acknowledge' | 'start' | 'done' | 'block', reason?: string) =>
  api.post<Task>(`${base(id)}/tasks/${encodeURIComponent(task)}/${action}`, action === 'block' ? { reason: reason ?? null } : undefined)
export const consult = (id: string, topic: string, participants: string[], conclusions: string) =>
  api.post<Consultation>(`${base(id)}/consultations`, { topic, participants, conclusions })
export const decide = (id: string, decision: string) => api.post<Decision>(`${base(id)}/decisions`, { decision })
export const review = (id: string, planId: string, reason: string) => api.post<{ planVersionId: string }>(`${base(id)}/reviews`, { planId, reason })

/**
 * The available resources of one kind nearest to a point, from the resource module. A refusal (an unknown kind, no
 * access) is thrown, not swallowed: the board says the resources could not be loaded instead of showing fewer.
 */
export async function nearbyResources(lat: number, lon: number, kind: BoardResourceKind): Promise<NearbyResource[]> {
  const list = await api.get<{ name: string; kind: string; latitude: number; longitude: number; distanceMetres: number | null }[]>(
    '/api/resources/nearest',
    { lat, lon, type: kind },
  )
  return list
    .map((r) => ({ name: r.name, type: r.kind, latitude: r.latitude, longitude: r.longitude, distance: r.distanceMetres ?? null }))
    .filter((r) => Number.isFinite(r.latitude) && Number.isFinite(r.longitude))
}

export interface NearbyResource {
  name: string
  type: string
  latitude: number
  longitude: number
  distance: number | null
}
