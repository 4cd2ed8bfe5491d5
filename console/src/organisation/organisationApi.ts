import { api } from '@/api/client'
import type { Department, OrganisationStats, Page, Person } from '@/api/types'

/** Calls of the platform's `organisation` module. */
export function departments(): Promise<Department[]> {
  return api.get<Department[]>('/api/organisation/departments')
}

export interface PeopleQuery {
  page: number
  size: number
  q?: string
  role?: string
}

export function people(query: PeopleQuery): Promise<Page<Person>> {
  return api.get<Page<Person>>('/api/organisation/people', { ...query })
}

export function organisationStats(): Promise<OrganisationStats> {
  return api.get<OrganisationStats>('/api/organisation/stats')
}
