/** The resource module's API shapes, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

export type ResourceType = Answer<Schemas['ResourceType']>
export type ResourceKind = ResourceType['kind']
/** The document types a resource's status as a plain string; the console knows the values. */
export type ResourceStatus = 'AVAILABLE' | 'BUSY' | 'OUT_OF_SERVICE'

/** A resource; `site.regionName` is the region's name (福田区), or its code when unknown. */
export type Resource = Refine<
  Answer<Schemas['ResourceView']>,
  {
    site: Nullable<Answer<Schemas['ResourceSite']>, 'warehouseId' | 'departmentCode'>
    availability: Nullable<
      Refine<Answer<Schemas['ResourceAvailability']>, { status: ResourceStatus }>,
      'capacity' | 'occupancy'
    >
    contact: Nullable<Answer<Schemas['ResourceContactView']>, 'maskedPhone' | 'details'>
  }
>

export type ResourcePage = Refine<Answer<Schemas['ResourcePage']>, { content: Resource[] }>

export type NearbyResource = Nullable<Answer<Schemas['NearbyResource']>, 'departmentCode'>

export type DispatchStatus = Answer<Schemas['DispatchView']>['status']
/** The moves the document types as plain strings; the console knows these. */
export type DispatchAction = 'approve' | 'reject' | 'cancel' | 'dispatch' | 'arrive' | 'return'

export type Dispatch = Refine<
  Answer<Schemas['DispatchView']>,
  {
    amount: Nullable<Answer<Schemas['DispatchedAmount']>, 'returnedQuantity'>
    request: Nullable<Answer<Schemas['DispatchRequestView']>, 'incidentId' | 'purpose'>
    allowedActions: DispatchAction[]
    steps: Nullable<Refine<Answer<Schemas['DispatchStep']>, { status: DispatchStatus }>, 'note'>[]
  }
>

// ---- Not (correctly) in the API document yet: written by hand ----

// /api/resources/map answers arrays of mixed values, which the document describes only as arrays.
/** [id, kind, typeCode, lat, lon, available, name] */
export type ResourcePoint = [string, ResourceKind, string, number, number, number, string]

// ---- Console only ----

/** The kinds in the order the console lists them. */
export const KINDS: ResourceKind[] = ['SUPPLY', 'WAREHOUSE', 'TEAM', 'EXPERT', 'SHELTER', 'VEHICLE']
