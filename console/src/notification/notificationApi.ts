import { api } from '@/api/client'
import type { InboxItem } from './types'

/** The recipient's side of the `notification` module. */

export function myNotifications(limit = 50): Promise<InboxItem[]> {
  return api.get<InboxItem[]>('/api/me/notifications', { limit })
}

export function acknowledgeNotification(id: string): Promise<InboxItem> {
  return api.post<InboxItem>(`/api/notifications/${encodeURIComponent(id)}/acknowledge`)
}

export const MY_STREAM = '/api/me/notifications/stream'
