import { describe, expect, it } from 'vitest'
import { normaliseCode, publicSteps } from './publicApi'

describe('public tracking', () => {
  it('accepts tracking codes as people type them', () => {
    expect(normaliseCode(' t-7k9m2qxa ')).toBe('T-7K9M2QXA')
    expect(normaliseCode('T7K9M2QXA')).toBe('T-7K9M2QXA')
    expect(normaliseCode('T 7K9M 2QXA')).toBe('T-7K9M2QXA')
    expect(normaliseCode('abc')).toBe('ABC')
  })

  it('shows each public status once, in time order, so a return between departments is not visible', () => {
    const name = (s: string) => ({ RECEIVED: '已受理', PENDING_DISPATCH: '已受理', RETURNED: '已受理', DISPATCHED: '已派发' })[s] ?? s
    expect(
      publicSteps(
        [
          { status: 'DISPATCHED', at: '2026-03-02T02:00:00Z' },
          { status: 'RECEIVED', at: '2026-03-02T01:00:00Z' },
          { status: 'PENDING_DISPATCH', at: '2026-03-02T01:00:01Z' },
          { status: 'RETURNED', at: '2026-03-02T03:00:00Z' },
          { status: 'DISPATCHED', at: '2026-03-02T04:00:00Z' },
        ],
        name,
      ),
    ).toEqual([
      { name: '已受理', at: '2026-03-02T01:00:00Z' },
      { name: '已派发', at: '2026-03-02T02:00:00Z' },
      { name: '已受理', at: '2026-03-02T03:00:00Z' },
      { name: '已派发', at: '2026-03-02T04:00:00Z' },
    ])
  })
})
