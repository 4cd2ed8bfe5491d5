import { api } from '@/api/client'
import type {
  DisposalOrder,
  HazardCategory,
  HazardPoints,
  HazardStats,
  HeinrichFigures,
  OrderAction,
  OrderQuery,
  OrderSummary,
  Paged,
  ReportAnswer,
  ReportRequest,
  TransitionBodies,
} from './types'

/** Calls of the platform's `hazard` module (docs/hazard-api.md). */

export function listOrders(query: OrderQuery, signal?: AbortSignal): Promise<Paged<OrderSummary>> {
  const { status, ...rest } = query
  // several statuses travel as repeated parameters (status=A&status=B)
  const path = status?.length ? `/api/disposal-orders?${status.map((s) => `status=${s}`).join('&')}` : '/api/disposal-orders'
  return api.get<Paged<OrderSummary>>(path, { ...rest, overdue: rest.overdue || undefined }, signal)
}

export function getOrder(id: string): Promise<DisposalOrder> {
  return api.get<DisposalOrder>(`/api/disposal-orders/${encodeURIComponent(id)}`)
}

/** One move of the order; `idempotencyKey` makes a retry of the same submission harmless. */
export function transition<A extends OrderAction>(
  id: string,
  action: A,
  body: TransitionBodies[A],
  idempotencyKey: string,
): Promise<unknown> {
  return api.post<unknown>(`/api/disposal-orders/${encodeURIComponent(id)}/${action}`, body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export async function uploadPhoto(orderId: string, photo: Blob, name = 'photo.jpg'): Promise<string> {
  const form = new FormData()
  form.append('photo', photo, name)
  const answer = await api.post<{ id: string }>(`/api/disposal-orders/${encodeURIComponent(orderId)}/photos`, form)
  return answer.id
}

export function photoBytes(id: string, signal?: AbortSignal): Promise<Blob> {
  return api.blob(`/api/hazard-photos/${encodeURIComponent(id)}`, signal)
}

/** A report by a logged-in reporter: JSON alone, or multipart with the photos. */
export function report(request: ReportRequest, photos: File[] = []): Promise<ReportAnswer> {
  if (!photos.length) return api.post<ReportAnswer>('/api/hazards', request)
  const form = new FormData()
  form.append('report', new Blob([JSON.stringify(request)], { type: 'application/json' }))
  for (const photo of photos) form.append('photos', photo, photo.name)
  return api.post<ReportAnswer>('/api/hazards', form)
}

export function hazardStats(within?: string, days?: number): Promise<HazardStats> {
  return api.get<HazardStats>('/api/hazards/stats', { within, days })
}

export function hazardPoints(within?: string, open = true, signal?: AbortSignal): Promise<HazardPoints> {
  return api.get<HazardPoints>('/api/hazards/map', { within, open }, signal)
}

export function heinrich(within?: string, days?: number): Promise<HeinrichFigures> {
  return api.get<HeinrichFigures>('/api/hazards/heinrich', { within, days })
}

let categoriesCache: Promise<HazardCategory[]> | null = null

/** The hazard taxonomy; fetched once per page load (administrators edit it rarely). */
export function hazardCategories(): Promise<HazardCategory[]> {
  categoriesCache ??= api.get<HazardCategory[]>('/api/hazard-categories').catch((error: unknown) => {
    categoriesCache = null
    throw error
  })
  return categoriesCache
}
