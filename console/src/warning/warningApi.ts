import { api } from '@/api/client'
import type { DeliveryCounts, EventType, RecipientPreview, Warning, WarningAction, WarningForm, WarningStatus } from './types'

/** Calls of the platform's `warning` module, and the warning's recipients and delivery (`notification` module). */

export function listWarnings(statuses: WarningStatus[] = [], page = 0, size = 50): Promise<Warning[]> {
  const path = statuses.length ? `/api/warnings?${statuses.map((s) => `status=${s}`).join('&')}` : '/api/warnings'
  return api.get<Warning[]>(path, { page, size })
}

/** Drafts waiting for my approval (待我审批): in my jurisdiction, written or adopted by someone else. */
export function awaitingMe(size = 200): Promise<Warning[]> {
  return api.get<Warning[]>('/api/warnings', { awaiting: 'me', page: 0, size })
}

export function getWarning(id: string): Promise<Warning> {
  return api.get<Warning>(`/api/warnings/${encodeURIComponent(id)}`)
}

export function eventTypes(): Promise<EventType[]> {
  return api.get<EventType[]>('/api/warnings/event-types')
}

export function draftWarning(form: WarningForm): Promise<Warning> {
  return api.post<Warning>('/api/warnings', form)
}

export function updateWarning(id: string, form: WarningForm): Promise<Warning> {
  return api.post<Warning>(`/api/warnings/${encodeURIComponent(id)}/update`, form)
}

/** approve, issue or cancel (update has a body: `updateWarning`). */
export function moveWarning(id: string, action: Exclude<WarningAction, 'update'>, reason?: string): Promise<Warning> {
  return api.post<Warning>(`/api/warnings/${encodeURIComponent(id)}/${action}`, action === 'cancel' ? { reason: reason || null } : undefined)
}

export function recipientPreview(id: string): Promise<RecipientPreview> {
  return api.get<RecipientPreview>(`/api/warnings/${encodeURIComponent(id)}/recipients/preview`)
}

export function delivery(id: string): Promise<DeliveryCounts> {
  return api.get<DeliveryCounts>(`/api/warnings/${encodeURIComponent(id)}/delivery`)
}

export function deliveryStreamPath(id: string): string {
  return `/api/warnings/${encodeURIComponent(id)}/delivery/stream`
}
