import type { StyleSpecification } from 'maplibre-gl'
import type { ConsoleConfig } from '@/api/types'

/**
 * A self-contained style: a background colour and, only when the platform configures one, a raster
 * tile source underneath. No glyphs, no sprites, no internet: the console works on an isolated network.
 * Region layers are added on top once their GeoJSON arrives.
 */
export const BACKGROUND_COLOUR = '#dfe8ef'

export function baseStyle(config: Pick<ConsoleConfig, 'tileUrl' | 'tileAttribution'> | null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOUR } }],
  }
  if (config?.tileUrl) {
    style.sources.tiles = {
      type: 'raster',
      tiles: [config.tileUrl],
      tileSize: 256,
      attribution: config.tileAttribution ?? undefined,
    }
    style.layers.push({ id: 'tiles', type: 'raster', source: 'tiles', paint: { 'raster-opacity': 0.85 } })
  }
  return style
}
