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

/** Tracking codes as people type them: trimmed, upper case, the dash optional ("t7k9m2qxa" → "T-7K9M2QXA"). */
export function normaliseCode(input: string): string {
  const compact = input.trim().toUpperCase().replace(/[\s-]+/g, '')
  return /^T[0-9A-Z]{4,}$/.test(compact) ? `T-${compact.slice(1)}` : input.trim().toUpperCase()
}

/** Steps of the public tracking page: the platform's, with repeats of the same public status folded into one. */
export function publicSteps(steps: TipTracking['steps'], name: (status: string) => string): { name: string; at: string }[] {
  const folded: { name: string; at: string }[] = []
  for (const step of [...steps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    // named by the console (so the page follows the language switch); the platform's statusName is Chinese only
    const label = name(step.status)
    if (folded[folded.length - 1]?.name === label) continue
    folded.push({ name: label, at: step.at })
  }
  return folded
}
