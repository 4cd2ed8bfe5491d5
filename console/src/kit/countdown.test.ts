import { beforeEach, describe, expect, it } from 'vitest'
import { restoreLocale, setLocale } from '@/i18n'
import { countdown, countdownText, formatInstant } from '@/kit/countdown'

const NOW = Date.parse('2026-03-02T06:00:00Z')
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString()

describe('deadline countdown', () => {
  beforeEach(() => {
    localStorage.clear()
    restoreLocale()
  })

  it('shows days and hours when more than a day is left', () => {
    const c = countdown(at(2 * 24 * 60 + 3 * 60 + 59), NOW)!
    expect(c).toMatchObject({ overdue: false, soon: false, days: 2, hours: 3, minutes: 59 })
    expect(countdownText(c)).toBe('剩余 2 天 3 小时')
  })

  it('shows hours and minutes, in warning, within the last day', () => {
    const c = countdown(at(5 * 60 + 12), NOW)!
    expect(c.soon).toBe(true)
    expect(countdownText(c)).toBe('剩余 5 小时 12 分')
  })

  it('never rounds a running step down to "overdue" and never shows an overdue one as on time', () => {
    expect(countdownText(countdown(new Date(NOW + 30_000).toISOString(), NOW))).toBe('剩余 0 分钟')
    const late = countdown(new Date(NOW - 30_000).toISOString(), NOW)!
    expect(late.overdue).toBe(true)
    expect(countdownText(late)).toBe('超期 1 分钟')
  })

  it('counts how long a step is overdue', () => {
    const c = countdown(at(-(26 * 60)), NOW)!
    expect(c).toMatchObject({ overdue: true, soon: false, days: 1, hours: 2 })
    expect(countdownText(c)).toBe('超期 1 天 2 小时')
  })

  it('speaks English when asked', () => {
    setLocale('en')
    expect(countdownText(countdown(at(90), NOW))).toBe('1 h 30 min left')
    expect(countdownText(countdown(at(-45), NOW))).toBe('overdue 45 min')
  })

  it('shows a dash without a deadline (closed orders) or with a broken one', () => {
    expect(countdown(null, NOW)).toBeNull()
    expect(countdown('not a date', NOW)).toBeNull()
    expect(countdownText(null)).toBe('—')
  })

  it('formats instants in China time whatever the browser zone', () => {
    expect(formatInstant('2026-03-02T06:05:00Z')).toBe('2026-03-02 14:05')
    expect(formatInstant('2026-03-02T17:00:00Z')).toBe('2026-03-03 01:00')
    expect(formatInstant(null)).toBe('—')
  })
})
