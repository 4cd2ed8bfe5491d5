import { api } from '@/api/client'
import type { AuditRecord, Page } from '@/api/types'

/** Calls of the platform's `audit` module (administrators only; others get 403). */
export function auditLog(page: number, size: number): Promise<Page<AuditRecord>> {
  return api.get<Page<AuditRecord>>('/api/audit', { page, size })
}
