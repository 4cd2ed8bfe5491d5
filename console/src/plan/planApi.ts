import { api } from '@/api/client'
import type { Diff, PlanContent, PlanOverview, PlanVersion } from './types'

/** Calls of the platform's `plan` module. */

const base = (id: string) => `/api/plans/${encodeURIComponent(id)}`

export const listPlans = () => api.get<PlanOverview[]>('/api/plans')
export const getPlan = (id: string) => api.get<PlanOverview>(base(id))
export const createPlan = (form: { code: string; name: string; level: string; regionCode: string; category: string; reason: string; content: PlanContent }) =>
  api.post<PlanOverview>('/api/plans', form)
export const versions = (id: string) => api.get<PlanVersion[]>(`${base(id)}/versions`)
export const editVersion = (id: string, n: number, content: PlanContent, reason: string) => api.put<PlanVersion>(`${base(id)}/versions/${n}`, { content, reason })
export const moveVersion = (id: string, n: number, action: 'submit' | 'approve' | 'return') => api.post<PlanVersion>(`${base(id)}/versions/${n}/${action}`, {})
export const revise = (id: string, reason: string) => api.post<PlanVersion>(`${base(id)}/revisions`, { reason })
export const diff = (id: string, a: number, b: number) => api.get<Diff>(`${base(id)}/versions/${a}/diff/${b}`)
export const setReferences = (id: string, references: string[]) => api.put<PlanOverview>(`${base(id)}/references`, { references })

/** A structured skeleton from a plan document's text (nothing saved), with the lines it did not understand. */
export async function importText(text: string, regionCode: string): Promise<{ content: PlanContent; notUnderstood: string[] }> {
  const { session } = await import('@/identity/session')
  const response = await fetch(`/api/plans/import?regionCode=${encodeURIComponent(regionCode)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', Authorization: `Bearer ${session.token.value ?? ''}` },
    body: text,
  })
  if (!response.ok) {
    const { readProblem, problemMessage } = await import('@/api/http')
    throw new Error(problemMessage(response.status, await readProblem(response)))
  }
  return (await response.json()) as { content: PlanContent; notUnderstood: string[] }
}
