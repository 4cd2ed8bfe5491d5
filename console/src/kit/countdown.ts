import { t } from '@/i18n'

/** The time left before a step deadline, broken down for display; negative spans are overdue. */
export interface Countdown {
  overdue: boolean
  /** Less than a day left: shown in warning colours. */
  soon: boolean
  days: number
  hours: number
  minutes: number
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export function countdown(deadline: string | null | undefined, now: number): Countdown | null {
  if (!deadline) return null
  const due = Date.parse(deadline)
  if (Number.isNaN(due)) return null
  const left = due - now
  const span = Math.abs(left)
  // round overdue spans up and remaining spans down, so "0 minutes left" never shows for a step still running
  const totalMinutes = left < 0 ? Math.ceil(span / MINUTE) : Math.floor(span / MINUTE)
  return {
    overdue: left < 0,
    soon: left >= 0 && left < DAY,
    days: Math.floor(totalMinutes / (24 * 60)),
    hours: Math.floor((totalMinutes % (24 * 60)) / 60),
    minutes: totalMinutes % 60,
  }
}

/** The span in the two largest units: "2 天 3 小时", "5 小时 12 分", "12 分钟". */
export function spanText(c: Pick<Countdown, 'days' | 'hours' | 'minutes'>): string {
  if (c.days > 0) return t('kit.span.daysHours', { d: c.days, h: c.hours })
  if (c.hours > 0) return t('kit.span.hoursMinutes', { h: c.hours, m: c.minutes })
  return t('kit.span.minutes', { m: c.minutes })
}

/** "剩余 2 天 3 小时" / "超期 5 小时 12 分" / "—" for an order without a running deadline. */
export function countdownText(c: Countdown | null): string {
  if (!c) return '—'
  return t(c.overdue ? 'hazard.countdown.overdue' : 'hazard.countdown.left', { span: spanText(c) })
}

/** A date-time in the user's language and China time, e.g. 2026-03-02 14:05. */
export function formatInstant(at: string | null | undefined): string {
  if (!at) return '—'
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return at
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}
