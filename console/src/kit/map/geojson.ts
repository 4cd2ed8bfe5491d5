import type { RegionFeature, RegionFeatureCollection } from '@/api/types'

/** Geometry helpers for the region layers; plain functions so they can be tested without a map. */

export type Position = [number, number]
/** [west, south, east, north] */
export type BBox = [number, number, number, number]
type Ring = GeoJSON.Position[]
type AreaGeometry = GeoJSON.Polygon | GeoJSON.MultiPolygon

export function polygonsOf(geometry: AreaGeometry | null | undefined): Ring[][] {
  if (!geometry) return []
  if (geometry.type === 'Polygon') return [geometry.coordinates]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates
  return []
}

export function bbox(geometry: AreaGeometry | null | undefined): BBox | null {
  let west = Infinity
  let south = Infinity
  let east = -Infinity
  let north = -Infinity
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < west) west = x
      if (x > east) east = x
      if (y < south) south = y
      if (y > north) north = y
    }
  }
  return west === Infinity ? null : [west, south, east, north]
}

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

/** Signed area of a ring in square degrees (shoelace); only used to compare polygons of one feature. */
export function ringArea(ring: Ring): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1])
  }
  return sum / 2
}

export function pointInRing([x, y]: Position, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

export function pointInPolygon(point: Position, polygon: Ring[]): boolean {
  if (!polygon.length || !pointInRing(point, polygon[0])) return false
  return !polygon.slice(1).some((hole) => pointInRing(point, hole))
}

/**
 * Where to put a region's name: inside its largest polygon. Starts from the polygon's vertex
 * centroid; when that falls outside (crescent-shaped districts such as a carved-out Bao'an), takes the
 * middle of the widest inside span along a few horizontal lines through the polygon.
 */
export function labelPoint(geometry: AreaGeometry | null | undefined): Position | null {
  const polygons = polygonsOf(geometry).filter((p) => p[0]?.length >= 3)
  if (!polygons.length) return null
  const largest = polygons.reduce((best, p) => (Math.abs(ringArea(p[0])) > Math.abs(ringArea(best[0])) ? p : best))
  const outer = largest[0]
  const n = outer.length - (samePosition(outer[0], outer[outer.length - 1]) ? 1 : 0)
  let cx = 0
  let cy = 0
  for (let i = 0; i < n; i++) {
    cx += outer[i][0]
    cy += outer[i][1]
  }
  const centroid: Position = [cx / n, cy / n]
  if (pointInPolygon(centroid, largest)) return centroid

  const box = bbox({ type: 'Polygon', coordinates: largest })!
  let best: { width: number; point: Position } | null = null
  for (let k = 1; k < 10; k++) {
    const y = box[1] + ((box[3] - box[1]) * k) / 10
    const xs = crossings(largest, y).sort((a, b) => a - b)
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1] - xs[i]
      const point: Position = [(xs[i] + xs[i + 1]) / 2, y]
      if (!best || width > best.width) best = { width, point }
    }
  }
  return best?.point ?? centroid
}

function crossings(polygon: Ring[], y: number): number[] {
  const xs: number[] = []
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]
      const [xj, yj] = ring[j]
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi))
    }
  }
  return xs
}

function samePosition(a: GeoJSON.Position, b: GeoJSON.Position): boolean {
  return a[0] === b[0] && a[1] === b[1]
}

/** Features that can actually be drawn: an area geometry with at least one ring. */
export function drawable(collection: RegionFeatureCollection): RegionFeature[] {
  return collection.features.filter((f) => polygonsOf(f.geometry).some((p) => p[0]?.length >= 4))
}

/** Adds features not already present (by region code), keeping the first copy. */
export function mergeByCode(existing: RegionFeature[], incoming: RegionFeature[]): RegionFeature[] {
  const seen = new Set(existing.map((f) => f.properties.code))
  const added = incoming.filter((f) => {
    if (seen.has(f.properties.code)) return false
    seen.add(f.properties.code)
    return true
  })
  return added.length ? [...existing, ...added] : existing
}

export function featureCollection(features: RegionFeature[]): RegionFeatureCollection {
  return { type: 'FeatureCollection', features }
}

/** Codes of the regions whose bounding box meets the view, e.g. to load the grids of streets in sight. */
export function codesInView(index: Map<string, BBox>, view: BBox): string[] {
  const codes: string[] = []
  for (const [code, box] of index) if (bboxesIntersect(box, view)) codes.push(code)
  return codes
}

export function bboxIndex(features: RegionFeature[]): Map<string, BBox> {
  const index = new Map<string, BBox>()
  for (const f of features) {
    const box = bbox(f.geometry)
    if (box) index.set(f.properties.code, box)
  }
  return index
}
