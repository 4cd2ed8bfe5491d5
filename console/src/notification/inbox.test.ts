import { describe, expect, it } from 'vitest'
import { mergeNotices, minutesLeft, unacknowledged } from './inbox'
import type { InboxItem } from './types'

const notice = (id: string, createdAt: string, more: Partial<InboxItem> = {}): InboxItem => ({
  id,
  subjectId: 'w1',
  subjectKind: 'WARNING',
  kind: 'NOTICE',
  revision: 1,
  title: '暴雨黄色预警',
  text: '…',
  active: true,
  status: 'DELIVERED',
  createdAt,
  acknowledgeBy: null,
  acknowledgedAt: null,
  ...more,
})

describe('inbox', () => {
  it('adds streamed notices once each, newest first', () => {
    const a = notice('a', '2026-06-01T08:00:00Z')
    const b = notice('b', '2026-06-01T09:00:00Z')
    expect(mergeNotices([a], [b, a]).map((n) => n.id)).toEqual(['b', 'a'])
  })

  it('keeps an acknowledgement when the stream replays the notice unacknowledged', () => {
    const acked = notice('a', '2026-06-01T08:00:00Z', { acknowledgedAt: '2026-06-01T08:05:00Z', status: 'ACKNOWLEDGED' })
    const [merged] = mergeNotices([acked], [notice('a', '2026-06-01T08:00:00Z')])
    expect(merged.acknowledgedAt).toBe('2026-06-01T08:05:00Z')
    expect(merged.status).toBe('ACKNOWLEDGED')
  })

  it('counts what is still to acknowledge, leaving out withdrawn warnings', () => {
    expect(unacknowledged([notice('a', 'x'), notice('b', 'y', { active: false }), notice('c', 'z', { acknowledgedAt: 'z' })])).toBe(1)
  })

  it('tells the minutes left to acknowledge', () => {
    const now = new Date('2026-06-01T08:00:00Z')
    expect(minutesLeft({ acknowledgeBy: '2026-06-01T08:30:00Z', acknowledgedAt: null }, now)).toBe(30)
    expect(minutesLeft({ acknowledgeBy: '2026-06-01T07:59:00Z', acknowledgedAt: null }, now)).toBe(-1)
    expect(minutesLeft({ acknowledgeBy: null, acknowledgedAt: null }, now)).toBeNull()
  })
})
