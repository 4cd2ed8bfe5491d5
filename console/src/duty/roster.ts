import type { DutyPosition, Shift } from './types'

/** One row of the roster table: a day (Beijing time, shifts change at 08:00) and who holds each post. */
export interface RosterDay {
  day: string
  posts: Partial<Record<DutyPosition, Shift[]>>
}

const BEIJING_OFFSET_MS = 8 * 3600_000

/** The Beijing calendar day a shift starts on (YYYY-MM-DD). */
export function beijingDay(instant: string): string {
  return new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** Groups shifts by the day they start on, in time order, posts kept apart. */
export function rosterDays(shifts: Shift[]): RosterDay[] {
  const days = new Map<string, RosterDay>()
  for (const s of [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = beijingDay(s.startsAt)
    const row = days.get(day) ?? { day, posts: {} }
    ;(row.posts[s.position] ??= []).push(s)
    days.set(day, row)
  }
  return [...days.values()]
}

/** Hours and minutes until a shift ends: "3 h 05 min". */
export function remaining(endsAt: string, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.round((new Date(endsAt).getTime() - now) / 60_000))
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}
