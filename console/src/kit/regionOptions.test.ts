import { describe, expect, it } from 'vitest'
import type { Region, RegionLevel } from '@/api/types'
import { regionOptions } from './regionOptions'

function region(code: string, level: RegionLevel, childCount: number): Region {
  return { code, name: code, level, parentCode: null, derived: false, center: [114, 22.5], childCount }
}

describe('the region picker tree', () => {
  const children = [region('c1', 'COMMUNITY', 12), region('c2', 'COMMUNITY', 0), region('g1', 'GRID', 0)]

  it('goes down to grids for a filter, with grids and childless areas as leaves', () => {
    expect(regionOptions(children, 'GRID')).toEqual([
      { code: 'c1', name: 'c1', leaf: false },
      { code: 'c2', name: 'c2', leaf: true },
      { code: 'g1', name: 'g1', leaf: true },
    ])
  })

  it('stops at communities for a warning: no grids listed, every community a leaf', () => {
    expect(regionOptions(children, 'COMMUNITY')).toEqual([
      { code: 'c1', name: 'c1', leaf: true },
      { code: 'c2', name: 'c2', leaf: true },
    ])
  })

  it('keeps a street with communities open below it', () => {
    expect(regionOptions([region('s1', 'STREET', 9)], 'COMMUNITY')).toEqual([{ code: 's1', name: 's1', leaf: false }])
  })
})
