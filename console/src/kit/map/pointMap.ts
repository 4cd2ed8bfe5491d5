import type maplibregl from 'maplibre-gl'
import type { MapLayerMouseEvent } from 'maplibre-gl'
import { maplibregl as ml, openMap, type MapOptions } from './mapBase'

/**
 * A desk map of things at points (hazards, stations, resources): the platform's base map with the jurisdiction's
 * areas, zoom buttons and a scale, the page's own layers, and on one of them a pointer cursor, a hover label and a
 * click. Null when the browser cannot draw the map (no WebGL): the page says so instead.
 */
export interface PointMapSpec<P> {
  /** Adds the page's sources and layers once the base map is there. */
  layers(map: maplibregl.Map): void
  /** The layer whose points are hovered and clicked; none when a click anywhere means something else. */
  pointLayer?: string
  /** The label shown while the pointer is over a point. */
  hoverText?(properties: P): string
  click?(properties: P): void
  /** Pixels between the point and its label. */
  hoverOffset?: number
  options?: Partial<MapOptions>
}

export interface PointMap {
  map: maplibregl.Map
  /** Removes the map and its hover label (on the page's unmount). */
  remove(): void
}

export async function openPointMap<P>(container: HTMLElement, spec: PointMapSpec<P>): Promise<PointMap | null> {
  let map: maplibregl.Map
  try {
    map = (await openMap(container, { regions: true, ...spec.options })).map
  } catch (error) {
    console.error('map unavailable', error)
    return null
  }
  map.addControl(new ml.NavigationControl({ showCompass: false }), 'top-right')
  map.addControl(new ml.ScaleControl({ unit: 'metric' }), 'bottom-left')
  spec.layers(map)
  let hover: maplibregl.Popup | null = null
  const remove = () => {
    hover?.remove()
    map.remove()
  }
  const layer = spec.pointLayer
  if (!layer) return { map, remove }
  if (spec.click) {
    const click = spec.click
    map.on('click', layer, (event: MapLayerMouseEvent) => {
      const properties = event.features?.[0]?.properties
      if (properties) click(properties as P)
    })
  }
  map.on('mouseenter', layer, (event: MapLayerMouseEvent) => {
    map.getCanvas().style.cursor = 'pointer'
    const feature = event.features?.[0]
    if (!feature || !spec.hoverText) return
    hover?.remove()
    hover = new ml.Popup({ closeButton: false, closeOnClick: false, offset: spec.hoverOffset ?? 10 })
      .setLngLat((feature.geometry as GeoJSON.Point).coordinates as [number, number])
      .setText(spec.hoverText(feature.properties as P))
      .addTo(map)
  })
  map.on('mouseleave', layer, () => {
    map.getCanvas().style.cursor = ''
    hover?.remove()
  })
  return { map, remove }
}
