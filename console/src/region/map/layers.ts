import type { RegionLevel } from '@/api/types'

/**
 * Which region levels the map shows at which zoom. Districts are always drawn (filled); finer levels
 * appear as outlines when the user zooms in far enough for them to be legible.
 */
export type MapLevel = Exclude<RegionLevel, 'CITY'>

export const LEVEL_MIN_ZOOM: Record<MapLevel, number> = {
  DISTRICT: 0,
  STREET: 10.5,
  COMMUNITY: 12.5,
  GRID: 14,
}

export const MAP_LEVELS: MapLevel[] = ['DISTRICT', 'STREET', 'COMMUNITY', 'GRID']

export function levelVisible(level: MapLevel, zoom: number): boolean {
  return zoom >= LEVEL_MIN_ZOOM[level]
}

export function visibleLevels(zoom: number): MapLevel[] {
  return MAP_LEVELS.filter((level) => levelVisible(level, zoom))
}

/** The most detailed visible level, which the lazy loader fetches for the regions in view. */
export function finestVisibleLevel(zoom: number): MapLevel {
  const levels = visibleLevels(zoom)
  return levels[levels.length - 1]
}

/**
 * Finer levels are loaded lazily per parent in view: communities per district, grids per street, so
 * zooming into one neighbourhood never downloads the whole city's grids.
 */
export const LAZY_PARENT: Partial<Record<MapLevel, MapLevel>> = {
  COMMUNITY: 'DISTRICT',
  GRID: 'STREET',
}

/** District names are HTML markers (the map has no glyphs offline); they step aside for detail. */
export function districtLabelsVisible(zoom: number): boolean {
  return zoom < LEVEL_MIN_ZOOM.COMMUNITY + 0.5
}

/** Map layer ids per level: a fill (for clicks; visible colour only for districts) and an outline. */
export function layerIds(level: MapLevel): { fill: string; line: string } {
  const name = level.toLowerCase()
  return { fill: `${name}-fill`, line: `${name}-line` }
}

/** Fill colours of district-level areas, given out in feature order. */
export const DISTRICT_PALETTE = ['#8fb8de', '#f2c57c', '#a8d5a2', '#e8a0a0', '#c3b1e1', '#f5d491', '#9fd8d1', '#d9b38c', '#b5c7e8', '#e3b5d1', '#c9dc9a']

export function levelLineStyle(level: MapLevel): { color: string; width: number; opacity: number } {
  switch (level) {
    case 'DISTRICT':
      return { color: '#ffffff', width: 2, opacity: 1 }
    case 'STREET':
      return { color: '#1f4e79', width: 1.4, opacity: 0.9 }
    case 'COMMUNITY':
      return { color: '#9b3b8f', width: 1, opacity: 0.85 }
    case 'GRID':
      return { color: '#d35400', width: 0.7, opacity: 0.8 }
  }
}
