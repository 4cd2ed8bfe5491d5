/** The resource module's API shapes (checked against /v3/api-docs by hand: ResourceView, NearbyResource, DispatchView). */
export type ResourceKind = 'WAREHOUSE' | 'SUPPLY' | 'TEAM' | 'EXPERT' | 'SHELTER' | 'VEHICLE'
export const KINDS: ResourceKind[] = ['SUPPLY', 'WAREHOUSE', 'TEAM', 'EXPERT', 'SHELTER', 'VEHICLE']

export interface ResourceType {
  code: string
  kind: ResourceKind
  nameZh: string
  nameEn: string
  unit: string
}

/** A resource as the platform answers it (ResourceController.ResourceView), composed of small parts. */
export interface Resource {
  id: string
  kind: ResourceKind
  name: string
  type: { code: string; name: string }
  site: {
    warehouseId: string | null
    regionCode: string
    /** The region's name (福田区), or its code when unknown. */
    regionName: string
    departmentCode: string | null
    latitude: number
    longitude: number
  }
  availability: {
    status: 'AVAILABLE' | 'BUSY' | 'OUT_OF_SERVICE'
    quantity: number
    unit: string
    capacity: number | null
    occupancy: number | null
    available: number
  }
  contact: { maskedPhone: string | null; details: string | null }
  edit: { version: number; manageable: boolean }
}

export interface ResourcePage {
  content: Resource[]
  totalElements: number
  page: number
  size: number
}

export interface NearbyResource {
  id: string
  kind: ResourceKind
  typeCode: string
  typeName: string
  name: string
  regionCode: string
  departmentCode: string | null
  latitude: number
  longitude: number
  available: number
  unit: string
  distanceMetres: number
  travelMetres: number
  travelMinutes: number
}

export type DispatchStatus = 'REQUESTED' | 'APPROVED' | 'DISPATCHED' | 'ARRIVED' | 'RETURNED' | 'REJECTED' | 'CANCELLED'
export type DispatchAction = 'approve' | 'reject' | 'cancel' | 'dispatch' | 'arrive' | 'return'

/** A dispatch as the platform answers it (DispatchController.DispatchView), composed of small parts. */
export interface Dispatch {
  id: string
  status: DispatchStatus
  resource: { id: string; kind: ResourceKind; name: string; typeCode: string; regionCode: string; unit: string }
  amount: { quantity: number; returnedQuantity: number | null }
  request: {
    requestedBy: string
    requesterRegion: string
    incidentId: string | null
    latitude: number
    longitude: number
    purpose: string | null
    createdAt: string
  }
  updatedAt: string
  allowedActions: DispatchAction[]
  steps: { status: DispatchStatus; at: string; by: string; note: string | null }[]
}

/** [id, kind, typeCode, lat, lon, available, name] */
export type ResourcePoint = [string, ResourceKind, string, number, number, number, string]
