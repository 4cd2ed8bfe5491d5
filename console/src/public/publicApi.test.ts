import { describe, expect, it } from 'vitest'
import { normaliseCode, publicProgress, publicSteps } from './publicApi'

describe('public tracking', () => {
  it('accepts tracking codes as people type them', () => {
    expect(normaliseCode(' ht-rg9ard3n ')).toBe('HT-RG9ARD3N')
    expect(normaliseCode('HTRG9ARD3N')).toBe('HT-RG9ARD3N')
    expect(normaliseCode('HT RG9A RD3N')).toBe('HT-RG9ARD3N')
    // the contract's example form
    expect(normaliseCode('t7k9m2qxa')).toBe('T-7K9M2QXA')
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

describe('public progress', () => {
  const name = (s: string) =>
    ({ RECEIVED: '已受理', PENDING_DISPATCH: '已受理', DISPATCHED: '已派发', VERIFYING: '核查中', RECTIFYING: '整改中', REVIEW: '复核中', CLOSED: '已办结' })[s] ?? s

  it('shows the steps taken and the steps still ahead', () => {
    const lines = publicProgress(
      [
        { status: 'RECEIVED', at: '2026-03-02T01:00:00Z' },
        { status: 'DISPATCHED', at: '2026-03-02T02:00:00Z' },
        { status: 'VERIFYING', at: '2026-03-02T03:00:00Z' },
      ],
      'VERIFYING',
      name,
    )
    expect(lines.map((l) => [l.name, l.at !== null])).toEqual([
      ['已受理', true],
      ['已派发', true],
      ['核查中', true],
      ['整改中', false],
      ['复核中', false],
      ['已办结', false],
    ])
  })

  it('has nothing ahead once closed, and everything ahead of a tip waiting for dispatch', () => {
    expect(publicProgress([{ status: 'CLOSED', at: '2026-03-02T01:00:00Z' }], 'CLOSED', name)).toHaveLength(1)
    expect(publicProgress([{ status: 'RECEIVED', at: '2026-03-02T01:00:00Z' }], 'PENDING_DISPATCH', name)).toHaveLength(6)
  })
})
