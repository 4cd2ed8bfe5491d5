import { api } from '@/api/client'
import type { TipAnswer, TipRequest, TipTracking } from '@/hazard/types'

/** The public, no-login calls of the hazard loop: a tip-off and its tracking by code. */

export function submitTip(tip: TipRequest, photos: File[] = []): Promise<TipAnswer> {
  if (!photos.length) return api.post<TipAnswer>('/api/public/hazard-tips', tip, { sessionBound: false })
  const form = new FormData()
  form.append('tip', new Blob([JSON.stringify(tip)], { type: 'application/json' }))
  for (const photo of photos) form.append('photos', photo, photo.name)
  return api.post<TipAnswer>('/api/public/hazard-tips', form, { sessionBound: false })
}

export function trackTip(code: string): Promise<TipTracking> {
  return api.request<TipTracking>('GET', `/api/public/hazard-tips/${encodeURIComponent(code)}`, { sessionBound: false })
}

/** Tracking codes as people type them: trimmed, upper case, the dash optional ("ht rg9ard3n" → "HT-RG9ARD3N"). */
export function normaliseCode(input: string): string {
  const compact = input.trim().toUpperCase().replace(/[\s-]+/g, '')
  const match = /^(HT|T)([0-9A-Z]{4,})$/.exec(compact)
  return match ? `${match[1]}-${match[2]}` : input.trim().toUpperCase()
}

/** Steps of the public tracking page: the platform's, with repeats of the same public status folded into one. */
export function publicSteps(steps: Pick<TipTracking['steps'][number], 'status' | 'at'>[], name: (status: string) => string): { name: string; at: string }[] {
  const folded: { name: string; at: string }[] = []
  for (const step of [...steps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    // named by the console (so the page follows the language switch); the platform's statusName is Chinese only
    const label = name(step.status)
    if (folded[folded.length - 1]?.name === label) continue
    folded.push({ name: label, at: step.at })
  }
  return folded
}

/** The public path of a tip; a return between departments shows as "received" again. */
export const PUBLIC_PATH = ['RECEIVED', 'DISPATCHED', 'VERIFYING', 'RECTIFYING', 'REVIEW', 'CLOSED'] as const

function pathIndex(status: string): number {
  const index = PUBLIC_PATH.indexOf(status as (typeof PUBLIC_PATH)[number])
  return index >= 0 ? index : 0 // PENDING_DISPATCH, RETURNED: received
}

export interface ProgressLine {
  name: string
  /** When the step was reached; null for steps still ahead. */
  at: string | null
}

/** What the tipster sees: the steps taken (with times), then the steps still ahead of the current status. */
export function publicProgress(steps: Pick<TipTracking['steps'][number], 'status' | 'at'>[], status: string, name: (status: string) => string): ProgressLine[] {
  const taken: ProgressLine[] = publicSteps(steps, name)
  const ahead = PUBLIC_PATH.slice(pathIndex(status) + 1).map((s) => ({ name: name(s), at: null }))
  return [...taken, ...ahead]
}
