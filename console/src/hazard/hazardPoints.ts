import type { HazardPointProperties, HazardPoints } from './types'
import { supervisionFlag } from './orderStatus'

/** How an open hazard is drawn on the map: filled by grade, ringed by its supervision flag. */

export const GRADE_COLOUR = { GENERAL: '#f08c00', MAJOR: '#c92a2a' } as const
export const RING_COLOUR = { RED: '#e03131', YELLOW: '#fcc419', NONE: '#ffffff' } as const

export function pointFill(grade: string): string {
  return grade === 'MAJOR' ? GRADE_COLOUR.MAJOR : GRADE_COLOUR.GENERAL
}

export function pointRing(properties: Pick<HazardPointProperties, 'supervision' | 'overdue'>): string {
  return RING_COLOUR[supervisionFlag(properties.supervision, isTrue(properties.overdue)) ?? 'NONE']
}

/** Adds the drawing colours to each feature and drops features without a point (unplaced orders). */
export function decoratePoints(points: HazardPoints): GeoJSON.FeatureCollection<
  GeoJSON.Point,
  HazardPointProperties & { fill: string; ring: string; flagged: boolean }
> {
  return {
    type: 'FeatureCollection',
    features: (points.features ?? [])
      .filter((f) => f.geometry?.type === 'Point' && f.geometry.coordinates.length >= 2)
      .map((f) => {
        const ring = pointRing(f.properties)
        return { ...f, properties: { ...f.properties, fill: pointFill(f.properties.grade), ring, flagged: ring !== RING_COLOUR.NONE } }
      }),
  }
}

export interface PointCounts {
  total: number
  major: number
  red: number
  yellow: number
}

export function countPoints(points: HazardPoints): PointCounts {
  const counts: PointCounts = { total: 0, major: 0, red: 0, yellow: 0 }
  for (const f of points.features ?? []) {
    counts.total++
    if (f.properties.grade === 'MAJOR') counts.major++
    const flag = supervisionFlag(f.properties.supervision, isTrue(f.properties.overdue))
    if (flag === 'RED') counts.red++
    else if (flag === 'YELLOW') counts.yellow++
  }
  return counts
}

/** GeoJSON properties read back from MapLibre may come as strings. */
function isTrue(value: unknown): boolean {
  return value === true || value === 'true'
}
