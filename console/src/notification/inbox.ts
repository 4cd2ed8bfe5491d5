import type { InboxItem } from './types'

/** Merges notices from the stream into the inbox: one entry per id (the newer state wins), newest first. */
export function mergeNotices(current: InboxItem[], incoming: InboxItem[]): InboxItem[] {
  const byId = new Map(current.map((n) => [n.id, n]))
  for (const n of incoming) {
    const old = byId.get(n.id)
    // an acknowledgement is never undone by an older copy from the stream's backlog
    byId.set(n.id, old?.acknowledgedAt && !n.acknowledgedAt ? { ...n, acknowledgedAt: old.acknowledgedAt, status: old.status } : n)
  }
  return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
}

export function unacknowledged(items: InboxItem[]): number {
  return items.filter((n) => !n.acknowledgedAt && n.active).length
}

/** Minutes left to acknowledge (negative: overdue), or null without a deadline. */
export function minutesLeft(item: Pick<InboxItem, 'acknowledgeBy' | 'acknowledgedAt'>, now: Date = new Date()): number | null {
  if (!item.acknowledgeBy || item.acknowledgedAt) return null
  return Math.floor((Date.parse(item.acknowledgeBy) - now.getTime()) / 60_000)
}
