/**
 * How the console names the platform's API types: aliases of the types that openapi-typescript generates from
 * console/openapi.json into schema.d.ts (never edit that file; see console/README.md, "API types").
 *
 * The OpenAPI document says less than the wire does in two ways, and these helpers say the rest, checked against the
 * generated type so that a renamed or retyped field still breaks the build:
 * - springdoc marks a property required only when it is validated, so every property of a generated type is
 *   optional; but the platform's answers are Java records that Jackson writes in full, so in an answer every property
 *   is present: `Answer<T>`.
 * - a request body's optional properties may be sent as null: `Body<T>`.
 * - the document does not say which properties may be null: `Nullable<T, 'field' | …>` names them (only fields that
 *   exist in T), and `Refine<T, { field: narrower type }>` narrows a property (e.g. `number[]` to a `[lng, lat]` pair)
 *   to a type that must still fit the generated one.
 */
import type { components } from './schema'

/** The API's named schemas, as generated. */
export type Schemas = components['schemas']

/** An answer from the platform: every property present, at every depth. */
export type Answer<T> = T extends (infer E)[]
  ? Answer<E>[]
  : T extends object
    ? { [K in keyof T]-?: Answer<Exclude<T[K], undefined>> }
    : T

/** `T` with the properties `K` (which must exist in `T`) allowed to be null. */
export type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null }

/**
 * `T` with some properties narrowed; each narrower type must fit the generated one, except that it may allow null at
 * any depth (what the document cannot say).
 */
export type Refine<T, R extends { [K in keyof R]: K extends keyof T ? Loose<T[K]> : never }> = Omit<T, keyof R> & R

/** `T` with null allowed at every depth. */
type Loose<T> = T extends (infer E)[]
  ? Loose<E>[] | null
  : T extends object
    ? { [K in keyof T]: Loose<T[K]> } | null
    : T | null

/**
 * A request body: the platform reads an absent property and a null one alike, and the console sends null for an empty
 * field, so each optional property of the generated type may also be null.
 */
export type Body<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | null : T[K] }
