import { api } from '@/api/client'
import type {
  Activation, ActivationForm, Board, Consultation, Decision, Incident, IncidentType, NewIncident, NewReport, PlanMatch,
  Preview, Report, Task,
} from './types'

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

/** Nearby resources and shelters from the resource module, if it answers (built in parallel; 404 means not yet). */
export async function nearbyResources(lat: number, lon: number, type: string): Promise<NearbyResource[]> {
  try {
    const answer = await api.get<unknown>('/api/resources/nearest', { lat, lon, type })
    const list = Array.isArray(answer) ? answer : ((answer as { items?: unknown[] })?.items ?? [])
    return (list as Record<string, unknown>[])
      .map((r) => ({
        name: String(r.name ?? r.code ?? ''),
        type: String(r.type ?? type),
        latitude: Number(r.latitude ?? r.lat),
        longitude: Number(r.longitude ?? r.lon),
        distance: r.distanceMetres != null ? Number(r.distanceMetres) : r.distance != null ? Number(r.distance) : null,
      }))
      .filter((r) => Number.isFinite(r.latitude) && Number.isFinite(r.longitude))
  } catch {
    return []
  }
}

export interface NearbyResource {
  name: string
  type: string
  latitude: number
  longitude: number
  distance: number | null
}
