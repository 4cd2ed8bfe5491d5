import { api } from '@/api/client'
import type { Dispatch, DispatchAction, NearbyResource, Resource, ResourceKind, ResourcePage, ResourcePoint, ResourceType } from './types'

/** Calls of the platform's `resource` module: resources, nearest, dispatches. */

export function resourceTypes(signal?: AbortSignal): Promise<ResourceType[]> {
  return api.get<ResourceType[]>('/api/resources/types', undefined, signal)
}

export interface ResourceQuery {
  kind?: ResourceKind
  type?: string
  q?: string
  available?: boolean
  all?: boolean
  page?: number
  size?: number
}

export function listResources(query: ResourceQuery, signal?: AbortSignal): Promise<ResourcePage> {
  return api.get<ResourcePage>('/api/resources', { ...query }, signal)
}

export function resourcePoints(kind?: ResourceKind, signal?: AbortSignal): Promise<ResourcePoint[]> {
  return api.get<ResourcePoint[]>('/api/resources/map', { kind }, signal)
}

export function nearest(lat: number, lon: number, type: string | undefined, limit = 10, signal?: AbortSignal): Promise<NearbyResource[]> {
  return api.get<NearbyResource[]>('/api/resources/nearest', { lat, lon, type, limit }, signal)
}

export function contact(id: string): Promise<{ id: string; name: string; phone: string }> {
  return api.get(`/api/resources/${id}/contact`)
}

/** An edit (ResourceDesk.ResourceChange): the fields to change and the version edited. */
export interface ResourceChange {
  name?: string
  quantity?: number
  capacity?: number
  occupancy?: number
  status?: Resource['availability']['status']
  phone?: string
  details?: string
  version: number
}

export function changeResource(id: string, change: ResourceChange): Promise<Resource> {
  return api.put<Resource>(`/api/resources/${id}`, change)
}

export interface DispatchRequest {
  resourceId: string
  quantity?: number
  incidentId?: string
  latitude: number
  longitude: number
  purpose?: string
}

export function requestDispatch(request: DispatchRequest, key: string): Promise<Dispatch> {
  return api.post<Dispatch>('/api/dispatches', request, { headers: { 'Idempotency-Key': key } })
}

export function listDispatches(status?: string, signal?: AbortSignal): Promise<Dispatch[]> {
  return api.get<Dispatch[]>('/api/dispatches', { status, limit: 200 }, signal)
}

export function getDispatch(id: string): Promise<Dispatch> {
  return api.get<Dispatch>(`/api/dispatches/${id}`)
}

export function moveDispatch(id: string, action: DispatchAction, body: { returnedQuantity?: number; note?: string } = {}): Promise<Dispatch> {
  return api.post<Dispatch>(`/api/dispatches/${id}/${action}`, body)
}
