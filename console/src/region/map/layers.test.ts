import { describe, expect, it } from 'vitest'
import { districtLabelsVisible, finestVisibleLevel, levelVisible, visibleLevels } from './layers'

describe('zoom to layer visibility', () => {
  it('shows only districts at city zoom', () => {
    expect(visibleLevels(9)).toEqual(['DISTRICT'])
    expect(finestVisibleLevel(9)).toBe('DISTRICT')
  })

  it('adds streets from zoom 10.5, communities from 12.5 and grids from 14', () => {
    expect(levelVisible('STREET', 10.49)).toBe(false)
    expect(visibleLevels(10.5)).toEqual(['DISTRICT', 'STREET'])
    expect(visibleLevels(12.4)).toEqual(['DISTRICT', 'STREET'])
    expect(visibleLevels(12.5)).toEqual(['DISTRICT', 'STREET', 'COMMUNITY'])
    expect(visibleLevels(13.99)).not.toContain('GRID')
    expect(visibleLevels(14)).toEqual(['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'])
    expect(finestVisibleLevel(15)).toBe('GRID')
  })

  it('hides district name markers once communities fill the view', () => {
    expect(districtLabelsVisible(9)).toBe(true)
    expect(districtLabelsVisible(12.9)).toBe(true)
    expect(districtLabelsVisible(13)).toBe(false)
  })
})
