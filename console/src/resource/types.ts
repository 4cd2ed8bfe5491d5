/** The resource module's API shapes, aliases of the generated types (see api/contract.ts). */
import type { Answer, Nullable, Refine, Schemas } from '@/api/contract'

export type ResourceType = Answer<Schemas['Type']>
export type ResourceKind = ResourceType['kind']

/** A resource; `regionName` is the region's name (福田区), or its code when unknown. */
export type Resource = Nullable<
  Refine<Answer<Schemas['ResourceView']>, { status: 'AVAILABLE' | 'BUSY' | 'OUT_OF_SERVICE' }>,
  'warehouseId' | 'departmentCode' | 'capacity' | 'occupancy' | 'maskedPhone' | 'details'
>

export type ResourcePage = Refine<Answer<Schemas['PageView']>, { content: Resource[] }>

export type NearbyResource = Nullable<Answer<Schemas['NearbyResource']>, 'departmentCode'>

export type DispatchStatus = Answer<Schemas['DispatchView']>['status']
/** The moves the document types as plain strings; the console knows these. */
export type DispatchAction = 'approve' | 'reject' | 'cancel' | 'dispatch' | 'arrive' | 'return'

export type Dispatch = Nullable<
  Refine<
    Answer<Schemas['DispatchView']>,
    { allowedActions: DispatchAction[]; steps: { status: DispatchStatus; at: string; by: string; note: string | null }[] }
  >,
  'returnedQuantity' | 'incidentId' | 'purpose'
>

// ---- Not (correctly) in the API document yet: written by hand ----

// /api/resources/map answers arrays of mixed values, which the document describes only as arrays.
/** [id, kind, typeCode, lat, lon, available, name] */
export type ResourcePoint = [string, ResourceKind, string, number, number, number, string]

// ---- Console only ----

/** The kinds in the order the console lists them. */
export const KINDS: ResourceKind[] = ['SUPPLY', 'WAREHOUSE', 'TEAM', 'EXPERT', 'SHELTER', 'VEHICLE']
