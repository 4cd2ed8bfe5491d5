import maplibregl, { type GeoJSONSource } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { RegionFeature, RegionFeatureCollection, RegionLevel } from '@/api/types'
import { session } from '@/identity/session'
import { bbox, drawable, featureCollection } from '@/kit/map/geojson'
import { baseStyle } from '@/kit/map/mapStyle'
import { getRegion, regionFeatures } from '@/region/regionApi'
import { consoleConfigOrDefault, DEFAULT_CONSOLE_CONFIG } from '@/kit/map/consoleConfig'

/**
 * The maps of the hazard pages: the platform's own style (offline, optional tiles) with the region outlines of the
 * user's jurisdiction underneath the hazards, as on 一张图. The public pages have no login and so no region layers.
 */

export interface MapOptions {
  /** Draw the districts of the jurisdiction (and street outlines when zoomed in). Needs a login. */
  regions: boolean
  /** Also draw the grids of this street (the order's own neighbourhood). */
  gridsOf?: string | null
  center?: [number, number] | null
  zoom?: number
  /** Fit the view to the districts when no centre is given. */
  fitDistricts?: boolean
  interactive?: boolean
}

export interface OpenedMap {
  map: maplibregl.Map
  /** Resolves once the region layers are drawn (or failed: the map is useful without them). */
  regionsDrawn: Promise<void>
}

export async function openMap(container: HTMLElement, options: MapOptions): Promise<OpenedMap> {
  const config = await consoleConfigOrDefault()
  const map = new maplibregl.Map({
    container,
    style: baseStyle(config),
    center: options.center ?? config.center ?? DEFAULT_CONSOLE_CONFIG.center,
    zoom: options.zoom ?? config.zoom ?? DEFAULT_CONSOLE_CONFIG.zoom,
    minZoom: 6,
    maxZoom: 18,
    interactive: options.interactive ?? true,
    attributionControl: config.tileAttribution ? { compact: true } : false,
  })
  await new Promise<void>((resolve) => map.once('load', () => resolve()))
  addRegionLayers(map)
  const regionsDrawn = options.regions ? drawRegions(map, options) : Promise.resolve()
  return { map, regionsDrawn }
}

function addRegionLayers(map: maplibregl.Map) {
  map.addSource('districts', { type: 'geojson', data: featureCollection([]) })
  map.addSource('streets', { type: 'geojson', data: featureCollection([]) })
  map.addSource('grids', { type: 'geojson', data: featureCollection([]) })
  map.addLayer({ id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#a9c4de', 'fill-opacity': 0.35 } })
  map.addLayer({ id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': '#ffffff', 'line-width': 2 } })
  map.addLayer({
    id: 'street-line',
    type: 'line',
    source: 'streets',
    minzoom: 10.5,
    paint: { 'line-color': '#1f4e79', 'line-width': 1, 'line-opacity': 0.6 },
  })
  map.addLayer({
    id: 'grid-line',
    type: 'line',
    source: 'grids',
    minzoom: 13,
    paint: { 'line-color': '#d35400', 'line-width': 0.7, 'line-opacity': 0.7, 'line-dasharray': [2, 1] },
  })
}

const FINER: Partial<Record<RegionLevel, RegionLevel>> = { CITY: 'DISTRICT', DISTRICT: 'STREET', STREET: 'COMMUNITY', COMMUNITY: 'GRID' }

let jurisdiction: { code: string; level: Promise<RegionLevel> } | null = null

/** The level of the user's own area: the platform serves region layers from that level down only. */
function ownLevel(): Promise<RegionLevel> {
  const code = session.user.value?.regionCode
  if (!code) return Promise.resolve('CITY')
  if (jurisdiction?.code !== code) {
    jurisdiction = { code, level: getRegion(code).then((region) => region.level, () => 'CITY' as RegionLevel) }
  }
  return jurisdiction.level
}

/**
 * The jurisdiction's areas as the map's base: the districts for the city, else the user's own level (a street, a
 * community, a grid); the next level down as outlines; and, for the order's street, its grids when the user may
 * see them.
 */
async function drawRegions(map: maplibregl.Map, options: MapOptions): Promise<void> {
  const set = (source: string, collection: RegionFeatureCollection | null) =>
    map.getSource<GeoJSONSource>(source)?.setData(featureCollection(collection ? drawable(collection) : []))
  const own = await ownLevel()
  const base: RegionLevel = own === 'CITY' ? 'DISTRICT' : own
  try {
    const areas = await regionFeatures(base)
    set('districts', areas)
    if (!options.center && options.fitDistricts !== false) fitTo(map, drawable(areas))
  } catch (error) {
    console.warn('region layer unavailable', error)
  }
  const rest: Promise<void>[] = []
  const finer = FINER[base]
  if (finer) rest.push(regionFeatures(finer).then((areas) => void set(finer === 'GRID' ? 'grids' : 'streets', areas)))
  if (options.gridsOf && (base === 'DISTRICT' || base === 'STREET')) {
    rest.push(regionFeatures('GRID', options.gridsOf).then((grids) => void set('grids', grids)))
  }
  await Promise.allSettled(rest)
}

export function fitTo(map: maplibregl.Map, features: RegionFeature[]) {
  const all = bbox({
    type: 'MultiPolygon',
    coordinates: features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)),
  })
  if (all) map.fitBounds(all, { padding: 30, duration: 0 })
}

/** A marker element: a pin-like dot in the hazard colours. */
export function markerElement(colour = '#c92a2a'): HTMLElement {
  const element = document.createElement('div')
  element.className = 'hazard-marker'
  element.style.cssText = `width:18px;height:18px;border-radius:50%;background:${colour};border:3px solid #fff;box-shadow:0 0 0 2px ${colour},0 2px 6px rgba(0,0,0,.35)`
  return element
}

export { maplibregl }
