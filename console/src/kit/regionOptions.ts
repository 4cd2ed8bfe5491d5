import type { Region, RegionLevel } from '@/api/types'

const LEVELS: RegionLevel[] = ['CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID']

/** A node of the region picker's lazily loaded tree (a type, not an interface: the cascader wants an index). */
export type RegionOption = {
  code: string
  name: string
  leaf: boolean
}

/**
 * The children of a node as the region picker lists them: none finer than `finest`, and a region is a leaf when it
 * has no children or is at the finest level (a warning's areas stop at communities, a filter goes down to grids).
 */
export function regionOptions(regions: Region[], finest: RegionLevel): RegionOption[] {
  const limit = LEVELS.indexOf(finest)
  return regions
    .filter((r) => LEVELS.indexOf(r.level) <= limit)
    .map((r) => ({ code: r.code, name: r.name, leaf: r.childCount === 0 || r.level === finest }))
}
