import { api } from '@/api/client'
import type { CentreDuty, DutyPosition, Handover, Shift } from './types'

/** Calls of the organisation module's duty API. */

export function dutyNow(signal?: AbortSignal): Promise<CentreDuty[]> {
  return api.get<CentreDuty[]>('/api/duty/now', undefined, signal)
}

export function shifts(centre: string, from: string, to: string): Promise<Shift[]> {
  return api.get<Shift[]>('/api/duty/shifts', { centre, from, to })
}

export function addShift(draft: { centreCode: string; position: DutyPosition; personId: string; startsAt: string; endsAt: string }): Promise<Shift> {
  return api.post<Shift>('/api/duty/shifts', draft)
}

export function removeShift(id: string): Promise<void> {
  return api.request<void>('DELETE', `/api/duty/shifts/${id}`)
}

export function handovers(centre?: string): Promise<Handover[]> {
  return api.get<Handover[]>('/api/duty/handovers', { centre, limit: 50 })
}

export function handOver(draft: { centreCode: string; outgoingPerson: string; incomingPerson: string; notes: string; openItems: string[] }): Promise<Handover> {
  return api.post<Handover>('/api/duty/handovers', draft)
}

/** People of an area, to pick who is on duty (organisation module's people search). */
export function findPeople(q: string, regionCode: string, role: 'DUTY_OFFICER' | 'HANDLER'): Promise<{ content: { id: string; name: string; role: string; regionCode: string }[] }> {
  return api.get('/api/organisation/people', { q: q || undefined, regionCode, role, size: 50 })
}
