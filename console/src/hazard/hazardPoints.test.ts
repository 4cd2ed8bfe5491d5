import { describe, expect, it } from 'vitest'
import { countPoints, decoratePoints, GRADE_COLOUR, RING_COLOUR } from './hazardPoints'
import type { HazardPoints } from './types'

function point(id: string, grade: 'GENERAL' | 'MAJOR', supervision: 'NONE' | 'YELLOW' | 'RED', overdue: boolean, coordinates = [114.05, 22.54]) {
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates },
    properties: { id, code: id, category: 'FIRE', grade, status: 'VERIFYING' as const, supervision, overdue },
  }
}

const points: HazardPoints = {
  type: 'FeatureCollection',
  features: [
    point('a', 'GENERAL', 'NONE', false),
    point('b', 'MAJOR', 'RED', true),
    point('c', 'GENERAL', 'NONE', true),
    point('d', 'GENERAL', 'YELLOW', true, []),
  ],
}

describe('hazard points on the map', () => {
  it('fills by grade and rings by supervision, an unflagged overdue step in yellow', () => {
    const drawn = decoratePoints(points).features
    expect(drawn.map((f) => f.properties.id)).toEqual(['a', 'b', 'c'])
    expect(drawn.map((f) => f.properties.fill)).toEqual([GRADE_COLOUR.GENERAL, GRADE_COLOUR.MAJOR, GRADE_COLOUR.GENERAL])
    expect(drawn.map((f) => f.properties.ring)).toEqual([RING_COLOUR.NONE, RING_COLOUR.RED, RING_COLOUR.YELLOW])
    expect(drawn.map((f) => f.properties.flagged)).toEqual([false, true, true])
  })

  it('counts the legend', () => {
    expect(countPoints(points)).toEqual({ total: 4, major: 1, red: 1, yellow: 2 })
  })
})
