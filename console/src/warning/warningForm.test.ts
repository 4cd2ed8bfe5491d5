import { describe, expect, it } from 'vitest'
import { capPolygon, emptyModel, parseCapPolygon, problems, progress, toForm } from './warningForm'

describe('warning editor', () => {
  it('writes a drawn area as a closed CAP polygon of latitude,longitude pairs', () => {
    expect(capPolygon([[114.05, 22.52], [114.07, 22.52], [114.06, 22.54]])).toBe('22.52,114.05 22.52,114.07 22.54,114.06 22.52,114.05')
    expect(capPolygon([[114.05, 22.52], [114.07, 22.52]])).toBeNull()
  })

  it('reads a CAP polygon back into open [lon, lat] vertices', () => {
    expect(parseCapPolygon('22.52,114.05 22.52,114.07 22.54,114.06 22.52,114.05')).toEqual([[114.05, 22.52], [114.07, 22.52], [114.06, 22.54]])
    expect(parseCapPolygon(null)).toEqual([])
  })

  it('asks for an area, a future expiry and an audience', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    const model = { ...emptyModel(now), roles: [], expiresAt: new Date('2026-05-31T00:00:00Z') }
    expect(problems(model, now)).toEqual(['warning.problem.area', 'warning.problem.expiry', 'warning.problem.audience'])
    expect(problems({ ...emptyModel(now), regionCodes: ['440304010'] }, now)).toEqual([])
  })

  it('sends blank texts as null and the audience roles', () => {
    const model = { ...emptyModel(new Date('2026-06-01T00:00:00Z')), regionCodes: ['440304010'], headline: '  ' }
    const form = toForm(model)
    expect(form.headline).toBeNull()
    expect(form.polygon).toBeNull()
    expect(form.audience).toEqual({ roles: ['RESPONSIBLE_PERSON'], duties: [] })
    expect(form.expiresAt).toBe('2026-06-01T06:00:00.000Z')
  })
})

describe('delivery progress', () => {
  it('gives each count as a share of the recipients', () => {
    const bars = progress({ recipients: 8, sent: 8, delivered: 4, acknowledged: 1, failed: 0 })
    expect(bars.map((b) => b.percent)).toEqual([100, 50, 12.5, 0])
  })

  it('shows nothing as progress when nobody is addressed', () => {
    expect(progress({ recipients: 0, sent: 0, delivered: 0, acknowledged: 0, failed: 0 }).every((b) => b.percent === 0)).toBe(true)
  })
})
