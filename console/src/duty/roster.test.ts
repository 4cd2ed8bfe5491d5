import { describe, expect, it } from 'vitest'
import { beijingDay, remaining, rosterDays } from './roster'
import type { Shift } from './types'

function shift(position: Shift['position'], startsAt: string, name: string): Shift {
  return { id: name, centreCode: 'CC-440304', position, personId: name, personName: name, maskedPhone: '138****0000', startsAt, endsAt: startsAt, createdBy: 'system' }
}

describe('roster', () => {
  it('files a shift starting at 08:00 Beijing time under that Beijing day', () => {
    expect(beijingDay('2026-06-01T00:00:00Z')).toBe('2026-06-01')
    expect(beijingDay('2026-05-31T23:30:00Z')).toBe('2026-06-01')
  })

  it('groups shifts by day and post in time order', () => {
    const days = rosterDays([
      shift('OFFICER', '2026-06-02T00:00:00Z', 'B'),
      shift('OFFICER', '2026-06-01T00:00:00Z', 'A'),
      shift('LEADER', '2026-06-01T00:00:00Z', 'L'),
    ])
    expect(days.map((d) => d.day)).toEqual(['2026-06-01', '2026-06-02'])
    expect(days[0].posts.OFFICER?.map((s) => s.personName)).toEqual(['A'])
    expect(days[0].posts.LEADER?.map((s) => s.personName)).toEqual(['L'])
  })

  it('counts down to the end of a shift', () => {
    expect(remaining('2026-06-01T03:05:00Z', Date.parse('2026-06-01T00:00:00Z'))).toBe('3 h 05 min')
    expect(remaining('2026-06-01T00:00:00Z', Date.parse('2026-06-01T01:00:00Z'))).toBe('0 h 00 min')
  })
})
