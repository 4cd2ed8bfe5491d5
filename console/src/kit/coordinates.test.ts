import { describe, expect, it } from 'vitest'
import { formatPoint } from './coordinates'

describe('coordinates on screen', () => {
  it('shows 5 decimals, not the 15 of a float', () => {
    expect(formatPoint(22.543096123456788, 114.05786598765432)).toBe('22.54310, 114.05787')
    expect(formatPoint(22.5, 114)).toBe('22.50000, 114.00000')
  })

  it('shows a dash for a missing value instead of NaN', () => {
    expect(formatPoint(Number.NaN, 114.1)).toBe('—, 114.10000')
  })
})
