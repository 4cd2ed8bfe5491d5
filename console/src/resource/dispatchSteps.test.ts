import { describe, expect, it } from 'vitest'
import { dispatchedWhole, distanceText, stepOf } from './dispatchSteps'

describe('dispatch steps', () => {
  it('puts a requested dispatch on the first step and a returned one past the last', () => {
    expect(stepOf('REQUESTED')).toEqual({ active: 0, stopped: false })
    expect(stepOf('ARRIVED')).toEqual({ active: 3, stopped: false })
    expect(stepOf('RETURNED')).toEqual({ active: 5, stopped: false })
  })

  it('stops a rejected request after the request step', () => {
    expect(stepOf('REJECTED', ['REQUESTED', 'REJECTED'])).toEqual({ active: 1, stopped: true })
    expect(stepOf('CANCELLED', ['REQUESTED', 'APPROVED', 'CANCELLED'])).toEqual({ active: 2, stopped: true })
  })

  it('writes distances in metres below a kilometre', () => {
    expect(distanceText(640.4)).toBe('640 m')
    expect(distanceText(12_345)).toBe('12.3 km')
  })

  it('dispatches teams, experts and vehicles whole', () => {
    expect(dispatchedWhole('TEAM')).toBe(true)
    expect(dispatchedWhole('SUPPLY')).toBe(false)
  })
})
