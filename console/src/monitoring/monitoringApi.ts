import { api } from '@/api/client'
import type { Alarm, AlarmFilter, Page, Readings, Station, StationType } from './types'

/** Calls of the platform's `monitoring` module: stations, readings, alarms. */

export function listStations(type?: StationType, page = 0, size = 2000, signal?: AbortSignal): Promise<Page<Station>> {
  return api.get<Page<Station>>('/api/stations', { type, page, size }, signal)
}

/** Every station the user may see (the platform pages by at most 2,000). */
export async function allStations(type?: StationType, signal?: AbortSignal): Promise<Station[]> {
  const first = await listStations(type, 0, 2000, signal)
  const all = [...first.content]
  for (let page = 1; all.length < first.totalElements && page < 50; page++) {
    const next = await listStations(type, page, 2000, signal)
    if (!next.content.length) break
    all.push(...next.content)
  }
  return all
}

export function readings(code: string, from?: string, to?: string, signal?: AbortSignal): Promise<Readings> {
  return api.get<Readings>(`/api/stations/${encodeURIComponent(code)}/readings`, { from, to }, signal)
}

export function listAlarms(
  query: { status?: AlarmFilter; region?: string; station?: string; page?: number; size?: number },
  signal?: AbortSignal,
): Promise<Page<Alarm>> {
  return api.get<Page<Alarm>>('/api/alarms', { status: 'ACTIVE', size: 100, ...query }, signal)
}

/** Every active alarm of the jurisdiction (pages of 500), for colouring the stations. */
export async function allActiveAlarms(signal?: AbortSignal): Promise<Alarm[]> {
  const all: Alarm[] = []
  for (let page = 0; page < 40; page++) {
    const answer = await listAlarms({ status: 'ACTIVE', page, size: 500 }, signal)
    all.push(...answer.content)
    if (all.length >= answer.totalElements || !answer.content.length) break
  }
  return all
}

export function acknowledgeAlarm(id: string): Promise<Alarm> {
  return api.post<Alarm>(`/api/alarms/${encodeURIComponent(id)}/acknowledge`)
}

export function clearAlarm(id: string, reason?: string): Promise<Alarm> {
  return api.post<Alarm>(`/api/alarms/${encodeURIComponent(id)}/clear`, { reason: reason || null })
}
