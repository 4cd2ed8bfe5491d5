import { describe, expect, it } from 'vitest'
import { byUrgency, defaultChannel, fieldInbox, inboxesFor, pathPosition, PATH, statusTag, statusesFor, supervisionFlag, waitingFor } from './orderStatus'

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
  it('gives a dispatcher the queue first, then their territory and everything', () => {
    expect(inboxesFor(['DUTY_OFFICER'])).toEqual(['dispatch', 'territory', 'all'])
  })

  it('gives a member-unit handler the department inbox only', () => {
    expect(inboxesFor(['HANDLER'])).toEqual(['department'])
  })

  it('gives a grid worker their territory only', () => {
    expect(inboxesFor(['GRID_WORKER'])).toEqual(['territory'])
  })

  it('gives administrators everything, and an unknown role an inbox all the same', () => {
    expect(inboxesFor(['ADMIN'])).toEqual(['all'])
    expect(inboxesFor(['RESPONSIBLE_PERSON'])).toEqual(['all'])
  })

  it('offers only the queue statuses in the dispatch inbox', () => {
    expect(statusesFor('dispatch')).toEqual(['PENDING_DISPATCH', 'RETURNED'])
    expect(statusesFor('department')).toHaveLength(7)
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
    expect(fieldInbox(['ADMIN'])).toBeUndefined()
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
