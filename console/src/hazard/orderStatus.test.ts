import { describe, expect, it } from 'vitest'
import { byUrgency, firstInboxWithItems, canReport, canView, defaultChannel, fieldInbox, inboxesFor, pathPosition, PATH, statusTag, statusesFor, stepSupervisions, supervisionFlag, waitingFor } from './orderStatus'

describe('order status display', () => {
  it('tags returned orders as trouble and closed ones as done', () => {
    expect(statusTag('RETURNED')).toBe('danger')
    expect(statusTag('CLOSED')).toBe('success')
    expect(statusTag('SOMETHING_NEW')).toBe('info')
  })

  it('flags red and yellow supervision, and an overdue step the sweep has not flagged yet', () => {
    expect(supervisionFlag('RED', true)).toBe('RED')
    expect(supervisionFlag('YELLOW')).toBe('YELLOW')
    expect(supervisionFlag('NONE', true)).toBe('YELLOW')
    expect(supervisionFlag('NONE', false)).toBeNull()
  })

  it('places the order on its path, a returned one at the start in trouble', () => {
    expect(pathPosition('VERIFYING')).toEqual({ active: 2, problem: false })
    expect(pathPosition('RECTIFYING', true)).toEqual({ active: 3, problem: true })
    expect(pathPosition('RETURNED')).toEqual({ active: 0, problem: true })
    expect(pathPosition('CLOSED')).toEqual({ active: PATH.length, problem: false })
  })

  it('says whom the order waits for', () => {
    expect(waitingFor('DISPATCHED')).toBe('hazard.waiting.accept')
    expect(waitingFor('RETURNED')).toBe('hazard.waiting.dispatcher')
  })
})

describe('inboxes per role', () => {
  it('gives a dispatcher the queue first, then their territory, everything and their own reports', () => {
    expect(inboxesFor(['DUTY_OFFICER'])).toEqual(['dispatch', 'territory', 'all', 'reported'])
  })

  it('gives a member-unit handler the department inbox and their reports', () => {
    expect(inboxesFor(['HANDLER'])).toEqual(['department', 'reported'])
  })

  it('gives a grid worker their territory and their reports', () => {
    expect(inboxesFor(['GRID_WORKER'])).toEqual(['territory', 'reported'])
  })

  it('gives an enterprise only what it reported, an analyst everything, and an unknown role an inbox all the same', () => {
    expect(inboxesFor(['ENTERPRISE'])).toEqual(['reported'])
    expect(inboxesFor(['ANALYST'])).toEqual(['all'])
    expect(inboxesFor(['SOMEONE_NEW'])).toEqual(['all'])
  })

  it('offers the statuses each inbox can hold', () => {
    expect(statusesFor('dispatch')).toEqual(['PENDING_DISPATCH', 'RETURNED'])
    expect(statusesFor('department')).not.toContain('CLOSED')
    expect(statusesFor('all')).toContain('CLOSED')
  })

  it('offers the map and statistics to staff and the report form to reporters', () => {
    expect(canView(['GRID_WORKER'])).toBe(true)
    expect(canView(['ENTERPRISE'])).toBe(false)
    expect(canReport(['ENTERPRISE'])).toBe(true)
    expect(canReport(['ANALYST'])).toBe(false)
  })

  it('reports through the channel that fits the role', () => {
    expect(defaultChannel(['GRID_WORKER'])).toBe('GRID_INSPECTION')
    expect(defaultChannel(['ENTERPRISE'])).toBe('ENTERPRISE_SELF_REPORT')
    expect(defaultChannel(['DUTY_OFFICER', 'COMMANDER'])).toBe('DUTY_OFFICE')
  })
})

describe('the field worker\'s list', () => {
  it('works in the territory for grid workers and in the department for handlers', () => {
    expect(fieldInbox(['GRID_WORKER'])).toBe('territory')
    expect(fieldInbox(['HANDLER'])).toBe('department')
    expect(fieldInbox(['DUTY_OFFICER'])).toBe('territory')
    expect(fieldInbox(['ENTERPRISE'])).toBe('reported')
    expect(fieldInbox(['ANALYST'])).toBeUndefined()
  })

  it('puts red, then yellow or overdue, then the nearest deadline first, leaving closed orders out', () => {
    const o = (id: string, status: 'VERIFYING' | 'CLOSED', supervision: string, overdue: boolean, stepDeadline: string | null) => ({
      id,
      status,
      supervision,
      overdue,
      stepDeadline,
    })
    const sorted = byUrgency([
      o('late', 'VERIFYING', 'NONE', false, '2026-03-05T00:00:00Z'),
      o('soon', 'VERIFYING', 'NONE', false, '2026-03-03T00:00:00Z'),
      o('none', 'VERIFYING', 'NONE', false, null),
      o('yellow', 'VERIFYING', 'NONE', true, '2026-03-01T00:00:00Z'),
      o('red', 'VERIFYING', 'RED', true, '2026-02-01T00:00:00Z'),
      o('done', 'CLOSED', 'NONE', false, null),
    ])
    expect(sorted.map((x) => x.id)).toEqual(['red', 'yellow', 'soon', 'late', 'none'])
  })
})

describe('督办 on the order timeline', () => {
  it('marks each supervision step with the flag it raised', () => {
    const steps = [
      { at: '2026-06-01T08:00:00Z', action: 'report', note: null },
      { at: '2026-06-02T08:00:00Z', action: 'supervise', note: '请尽快核查' },
      { at: '2026-06-03T08:00:00Z', action: 'overdue', note: '红色督办：核查环节超期，已通报 110000' },
      { at: '2026-06-03T09:00:00Z', action: 'supervise', note: '再次督办' },
      { at: '2026-06-01T09:00:00Z', action: 'overdue', note: '黄色督办：分拨环节超期，已通报 110101' },
    ]
    const flags = stepSupervisions(steps)
    expect(flags.get(0)).toBeUndefined()
    expect(flags.get(4)).toBe('YELLOW')
    expect(flags.get(1)).toBe('YELLOW')
    expect(flags.get(2)).toBe('RED')
    expect(flags.get(3)).toBe('RED')
  })
})

describe('the inbox a page opens on', () => {
  it('opens on the first tab that has orders', async () => {
    const counts: Record<string, number> = { dispatch: 0, territory: 12, all: 40 }
    expect(await firstInboxWithItems(['dispatch', 'territory', 'all'], async (tab) => counts[tab])).toBe('territory')
  })

  it('passes over a tab whose count fails and falls back to the first when all are empty', async () => {
    expect(await firstInboxWithItems(['dispatch', 'all'], async (tab) => { if (tab === 'dispatch') throw new Error('403'); return 3 })).toBe('all')
    expect(await firstInboxWithItems(['dispatch', 'all'], async () => 0)).toBe('dispatch')
  })
})
