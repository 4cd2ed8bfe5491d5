import { describe, expect, it } from 'vitest'
import { defaultChannel, inboxesFor, pathPosition, PATH, statusTag, statusesFor, supervisionFlag, waitingFor } from './orderStatus'

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
