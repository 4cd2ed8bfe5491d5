import type { AudienceRole, Colour, DeliveryCounts, Warning, WarningForm } from './types'

/** The editor's pure logic: the form model, drawn polygons in CAP form, colours, delivery progress. */

export interface EditorModel {
  eventType: string
  colour: Colour
  headline: string
  description: string
  instruction: string
  regionCodes: string[]
  /** Drawn vertices, [longitude, latitude], not closed. */
  vertices: [number, number][]
  expiresAt: Date
  roles: AudienceRole[]
}

export function emptyModel(now: Date = new Date()): EditorModel {
  return {
    eventType: '11B03',
    colour: 'YELLOW',
    headline: '',
    description: '',
    instruction: '',
    regionCodes: [],
    vertices: [],
    expiresAt: new Date(now.getTime() + 6 * 3600_000),
    roles: ['RESPONSIBLE_PERSON'],
  }
}

/** A CAP 1.2 polygon ("lat,lon lat,lon …", closed) of drawn [lon, lat] vertices; null for fewer than three. */
export function capPolygon(vertices: [number, number][]): string | null {
  if (vertices.length < 3) return null
  const ring = [...vertices, vertices[0]]
  return ring.map(([lon, lat]) => `${round(lat)},${round(lon)}`).join(' ')
}

/** The [lon, lat] vertices of a CAP polygon (without the closing point); [] for null or garbage. */
export function parseCapPolygon(polygon: string | null | undefined): [number, number][] {
  if (!polygon) return []
  const points = polygon
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(',').map(Number))
    .filter((p) => p.length === 2 && p.every(Number.isFinite))
    .map(([lat, lon]) => [lon, lat] as [number, number])
  if (points.length > 1) {
    const [a, b] = [points[0], points[points.length - 1]]
    if (a[0] === b[0] && a[1] === b[1]) points.pop()
  }
  return points
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

export function toForm(model: EditorModel): WarningForm {
  return {
    eventType: model.eventType,
    colour: model.colour,
    headline: model.headline.trim() || null,
    description: model.description.trim() || null,
    instruction: model.instruction.trim() || null,
    regionCodes: model.regionCodes,
    polygon: capPolygon(model.vertices),
    expiresAt: model.expiresAt.toISOString(),
    audience: { roles: model.roles, duties: [] },
  }
}

export function fromWarning(w: Warning): EditorModel {
  return {
    eventType: w.eventType,
    colour: w.colour ?? 'YELLOW',
    headline: w.headline ?? '',
    description: w.description ?? '',
    instruction: w.instruction ?? '',
    regionCodes: [...w.regionCodes],
    vertices: parseCapPolygon(w.polygon),
    expiresAt: new Date(w.expiresAt),
    roles: w.audienceRoles.length ? [...w.audienceRoles] : ['RESPONSIBLE_PERSON'],
  }
}

/** What must be fixed before the form can be sent (message keys); empty when it can. */
export function problems(model: EditorModel, now: Date = new Date()): string[] {
  const out: string[] = []
  if (!model.eventType) out.push('warning.problem.eventType')
  if (!model.regionCodes.length && model.vertices.length < 3) out.push('warning.problem.area')
  if (model.vertices.length > 0 && model.vertices.length < 3) out.push('warning.problem.polygon')
  if (!(model.expiresAt.getTime() > now.getTime())) out.push('warning.problem.expiry')
  if (!model.roles.length) out.push('warning.problem.audience')
  return out
}

export const COLOUR_HEX: Record<Colour, string> = {
  RED: '#d9363e',
  ORANGE: '#f08c00',
  YELLOW: '#f5c400',
  BLUE: '#1c7ed6',
}

export interface Progress {
  label: 'sent' | 'delivered' | 'acknowledged' | 'failed'
  count: number
  /** 0–100, of the recipients. */
  percent: number
}

/** The delivery counts as progress bars of the recipients (sent ⊇ delivered ⊇ acknowledged; failed apart). */
export function progress(counts: Pick<DeliveryCounts, 'recipients' | 'sent' | 'delivered' | 'acknowledged' | 'failed'>): Progress[] {
  const of = (n: number) => (counts.recipients > 0 ? Math.min(100, Math.round((n / counts.recipients) * 1000) / 10) : 0)
  return (['sent', 'delivered', 'acknowledged', 'failed'] as const).map((label) => ({ label, count: counts[label], percent: of(counts[label]) }))
}

/** Whether the warning is one whose delivery can still change (issued; or cancelled with notices out). */
export function deliveryMatters(w: Pick<Warning, 'status' | 'revision'>): boolean {
  return w.revision > 0
}
