import { api } from '@/api/client'
import type {
  EnterprisePage,
  ImportReport,
  Industry,
  KeyCategoryInfo,
  Portal,
  Profile,
  PublicEnterprise,
  RectificationAnswer,
} from './types'

export interface SearchQuery {
  q?: string
  industry?: string
  region?: string
  risk?: string
  page?: number
  size?: number
}

export const searchEnterprises = (query: SearchQuery, signal?: AbortSignal) =>
  api.get<EnterprisePage>('/api/enterprises', { ...query }, signal)

export const enterpriseProfile = (uscc: string, signal?: AbortSignal) =>
  api.get<Profile>(`/api/enterprises/${encodeURIComponent(uscc)}/profile`, undefined, signal)

export const industries = () => api.get<Industry[]>('/api/enterprises/industries')

export const keyCategories = () => api.get<KeyCategoryInfo[]>('/api/enterprises/key-categories')

export const enterpriseMap = (risk?: string, signal?: AbortSignal) =>
  api.get<GeoJSON.FeatureCollection>('/api/enterprises/map', { risk }, signal)

export const enterpriseQr = (uscc: string) => api.blob(`/api/enterprises/${encodeURIComponent(uscc)}/qr.png`)

export const exportCsv = (query: SearchQuery) =>
  api.request<Blob>('GET', '/api/enterprises/export', { query: { ...query }, responseType: 'blob' })

export function importFile(file: File): Promise<ImportReport> {
  const form = new FormData()
  form.append('file', file)
  return api.post<ImportReport>('/api/enterprises/import', form)
}

export const publicEnterprise = (code: string) =>
  api.request<PublicEnterprise>('GET', `/api/public/enterprises/${encodeURIComponent(code)}`, { sessionBound: false })

export const portal = () => api.get<Portal>('/api/enterprises/portal')

export function answerOrder(code: string, note: string, files: File[]): Promise<RectificationAnswer> {
  const form = new FormData()
  form.append('note', note)
  files.forEach((f) => form.append('evidence', f))
  return api.post<RectificationAnswer>(`/api/enterprises/portal/orders/${encodeURIComponent(code)}/answers`, form)
}
