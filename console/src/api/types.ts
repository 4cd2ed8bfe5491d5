/**
 * Types of the platform's REST API as the console uses them: aliases of the generated types (contract.ts), then the
 * few the OpenAPI document does not describe (correctly) yet, written by hand and marked why.
 */
import type { Answer, Nullable, Refine, Schemas } from './contract'

// ---- From the API document ----

/** A role of a user account. */
export type Role = Schemas['Account']['roles'] extends (infer R)[] | undefined ? R : never

export type LoginRequest = Schemas['LoginRequest']

export type ConsoleConfig = Nullable<
  Refine<Answer<Schemas['ConsoleConfig']>, { /** [longitude, latitude] */ center: [number, number] }>,
  'tileUrl' | 'tileAttribution'
>

export type RegionLevel = Answer<Schemas['Region']>['level']

/** A region without its boundary (`derived`: carved or derived by the platform rather than taken from a source map). */
export type Region = Nullable<
  Refine<Omit<Answer<Schemas['Region']>, 'geometry'>, { /** [longitude, latitude] */ center: [number, number] }>,
  'parentCode'
>

/** One row per district-level area under the requested region. */
export type RegionStats = Answer<Schemas['DistrictStats']>

export type Department = Nullable<Answer<Schemas['DepartmentSummary']>, 'regionCode'>

/** A person; `phone` is masked by the server (e.g. 138****1234) unless `phoneMasked` is false. */
export type Person = Nullable<Answer<Schemas['PersonView']>, 'responsibilityType' | 'regionCode' | 'departmentCode' | 'phone'>

/** Answer of /api/organisation/stats: people and managed objects within the caller's jurisdiction. */
export type OrganisationStats = Answer<Schemas['Stats']>

// ---- Not (correctly) in the API document yet: written by hand ----

// RFC 9457 problem details: error answers are not in the document.
/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: { field: string; message: string }[]
}

// /api/auth/me: the document names its answer `Profile`, which is the enterprise profile (two records share the name).
export interface User {
  username: string
  displayName: string
  roles: Role[]
  regionCode: string | null
  regionName: string | null
  departmentCode: string | null
  departmentName: string | null
  /** The enterprise an enterprise user (role ENTERPRISE) acts for, by its USCC. */
  enterpriseUscc?: string | null
}

// /api/auth/login answers a map, which the document cannot describe.
export interface LoginResponse {
  token: string
  /** ISO-8601 instant. */
  expiresAt: string
  user: User
}

// /api/regions/{code}: the document says `geometry` is a string; the platform sends a GeoJSON object.
export type RegionWithGeometry = Region & {
  geometry: GeoJSON.Geometry | null
}

// /api/regions/features is GeoJSON that the platform writes as text: the document says only "string".
export interface RegionFeatureProperties {
  code: string
  name: string
  level: RegionLevel
  parentCode: string | null
  derived: boolean
}

export type RegionFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, RegionFeatureProperties>
export type RegionFeatureCollection = GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  RegionFeatureProperties
>

// Seven records are called `Page`, so the document keeps one of them (the audit log's, of the wrong entries).
export interface Page<T> {
  content: T[]
  totalElements: number
}

// /api/audit: the document names its entry `Entry`, which is the alarm history's (two records share the name).
export interface AuditRecord {
  id: string
  /** ISO-8601 instant. */
  at: string
  actor: string
  action: string
  target: string
  outcome: string
  remoteAddress: string | null
  /** Free-form details; the platform may send text or a JSON object. */
  details: unknown
}
