import { describe, expect, it } from 'vitest'
import type { RegionFeature, RegionFeatureCollection } from '@/api/types'
import { bbox, bboxIndex, codesInView, drawable, labelPoint, mergeByCode, pointInPolygon } from '@/kit/map/geojson'

function square(x: number, y: number, size: number): GeoJSON.Position[] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ]
}

function feature(code: string, geometry: RegionFeature['geometry']): RegionFeature {
  return {
    type: 'Feature',
    geometry,
    properties: { code, name: code, level: 'STREET', parentCode: '440304', derived: false },
  }
}

describe('GeoJSON helpers', () => {
  it('computes the bounding box of polygons and multipolygons', () => {
    expect(bbox({ type: 'Polygon', coordinates: [square(114, 22.5, 0.1)] })).toEqual([114, 22.5, 114.1, 22.6])
    expect(
      bbox({ type: 'MultiPolygon', coordinates: [[square(114, 22.5, 0.1)], [square(114.5, 22.4, 0.2)]] }),
    ).toEqual([114, 22.4, 114.7, 22.6])
    expect(bbox(null)).toBeNull()
  })

  it('puts the label inside a convex area at its centre', () => {
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [square(0, 0, 2)] })!
    expect(x).toBeCloseTo(1)
    expect(y).toBeCloseTo(1)
  })

  it('puts the label inside a U-shaped area whose centroid lies outside it', () => {
    // A "U": the vertex centroid [1.5, 1.75] falls in the notch, which is not part of the area.
    const u: GeoJSON.Position[] = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ]
    const polygon = [u]
    const point = labelPoint({ type: 'Polygon', coordinates: polygon })!
    expect(pointInPolygon(point as [number, number], polygon)).toBe(true)
  })

  it('labels the largest part of a multipolygon (the mainland, not an island)', () => {
    const [x] = labelPoint({ type: 'MultiPolygon', coordinates: [[square(10, 0, 0.1)], [square(0, 0, 2)]] })!
    expect(x).toBeCloseTo(1)
  })

  it('treats holes as outside', () => {
    const withHole = [square(0, 0, 4), square(1, 1, 2)]
    expect(pointInPolygon([2, 2], withHole)).toBe(false)
    expect(pointInPolygon([0.5, 0.5], withHole)).toBe(true)
  })

  it('drops features without a drawable area', () => {
    const collection: RegionFeatureCollection = {
      type: 'FeatureCollection',
      features: [
        feature('a', { type: 'Polygon', coordinates: [square(0, 0, 1)] }),
        feature('b', { type: 'Polygon', coordinates: [] }),
        feature('c', null as unknown as RegionFeature['geometry']),
      ],
    }
    expect(drawable(collection).map((f) => f.properties.code)).toEqual(['a'])
  })

  it('merges lazily loaded features without duplicates', () => {
    const a = feature('a', { type: 'Polygon', coordinates: [square(0, 0, 1)] })
    const b = feature('b', { type: 'Polygon', coordinates: [square(1, 0, 1)] })
    const merged = mergeByCode([a], [a, b, b])
    expect(merged.map((f) => f.properties.code)).toEqual(['a', 'b'])
    const same = [a]
    expect(mergeByCode(same, [a])).toBe(same)
  })

  it('finds the regions in view from their bounding boxes', () => {
    const index = bboxIndex([
      feature('west', { type: 'Polygon', coordinates: [square(113.8, 22.5, 0.1)] }),
      feature('east', { type: 'Polygon', coordinates: [square(114.3, 22.5, 0.1)] }),
    ])
    expect(codesInView(index, [113.85, 22.4, 114.0, 22.7])).toEqual(['west'])
    expect(codesInView(index, [113.0, 22.0, 115.0, 23.0]).sort()).toEqual(['east', 'west'])
    expect(codesInView(index, [110, 20, 111, 21])).toEqual([])
  })
})
