import type { NewIncident } from './types'

/** The fields of the new-incident form a user must fill, each with the message key that says what is missing. */
export type NewIncidentField = 'title' | 'typeCode' | 'location'

/**
 * What the new-incident form still lacks, checked before sending: the platform would refuse the same in English
 * field terms, and a Chinese page must name the field and the reason in Chinese next to it.
 */
export function newIncidentProblems(form: Pick<NewIncident, 'title' | 'typeCode' | 'latitude' | 'longitude'>): Partial<Record<NewIncidentField, string>> {
  const problems: Partial<Record<NewIncidentField, string>> = {}
  if (!form.title?.trim()) problems.title = 'incident.form.titleRequired'
  else if (form.title.trim().length > 200) problems.title = 'incident.form.titleTooLong'
  if (!form.typeCode) problems.typeCode = 'incident.form.typeRequired'
  if (form.latitude == null || form.longitude == null) problems.location = 'incident.form.locationRequired'
  return problems
}
