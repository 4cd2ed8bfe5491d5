/**
 * Types of the platform's REST API as the console uses them.
 *
 * Written by hand from the API contract; they must stay in step with the OpenAPI document that the
 * platform serves at /v3/api-docs (see console/README.md, "API types").
 */

/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: { field: string; message: string }[]
}

export type Role =
  | 'ADMIN'
  | 'DUTY_OFFICER'
  | 'ANALYST'
  | 'COMMANDER'
  | 'HANDLER'
  | 'GRID_WORKER'
  | 'INSPECTOR'
  | 'RESPONSIBLE_PERSON'
  | 'ENTERPRISE'
  // The platform may add roles before the console knows them.
  | (string & {})

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

export interface LoginRequest {
  username: string
  password: string
}

export interface LoginResponse {
  token: string
  /** ISO-8601 instant. */
  expiresAt: string
  user: User
}

export interface ConsoleConfig {
  cityCode: string
  cityName: string
  /** [longitude, latitude] */
  center: [number, number]
  zoom: number
  tileUrl: string | null
  tileAttribution: string | null
}

export type RegionLevel = 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID'

export interface Region {
  code: string
  name: string
  level: RegionLevel
  parentCode: string | null
  /** True when the boundary was carved or derived by the platform rather than taken from a source map. */
  derived: boolean
  /** [longitude, latitude] */
  center: [number, number]
  childCount: number
}

export interface RegionWithGeometry extends Region {
  geometry: GeoJSON.Geometry | null
}

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

/** One row per district-level area under the requested region. */
export interface RegionStats {
  code: string
  name: string
  streets: number
  communities: number
  grids: number
}

export interface Department {
  code: string
  name: string
  level: RegionLevel | (string & {})
  regionCode: string | null
  kind: string
}

export interface Person {
  id: string
  name: string
  role: Role
  responsibilityType: string | null
  regionCode: string | null
  departmentCode: string | null
  /** Masked by the server, e.g. 138****1234. */
  phone: string | null
}

export interface Page<T> {
  content: T[]
  totalElements: number
}

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

/** Answer of /api/organisation/stats: people and managed objects within the caller's jurisdiction. */
export interface OrganisationStats {
  regionCode: string
  byRole: Record<string, number>
  byResponsibility: Record<string, number>
  reservoirs: number
  rivers: number
}
