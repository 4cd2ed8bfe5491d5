import { describe, expect, it } from 'vitest'
import type { OrganisationStats } from '@/api/types'
import { peopleSummary, roleSlices } from './organisationStats'

const stats: OrganisationStats = {
  regionCode: '440300',
  byRole: { RESPONSIBLE_PERSON: 45000, DISASTER_INFORMATION_OFFICER: 1241, FOREST_FIRE_PERSONNEL: 2286, ADMINISTRATOR: 0 },
  byResponsibility: { RESERVOIR_ADMINISTRATIVE: 177, RIVER_PATROL: 119, AREA_TECHNICAL: 44704 },
  reservoirs: 177,
  rivers: 119,
}

describe('people summary', () => {
  it('counts every responsibility type as a 三防 responsible person', () => {
    const cards = Object.fromEntries(peopleSummary(stats).map((c) => [c.key, c.value]))
    expect(cards).toEqual({ flood: 45000, infoOfficers: 1241, forestFire: 2286, reservoirs: 177, rivers: 119 })
  })

  it('survives missing maps from an older platform', () => {
    const partial = { regionCode: '440304', reservoirs: 3, rivers: 0 } as unknown as OrganisationStats
    expect(peopleSummary(partial).map((c) => c.value)).toEqual([0, 0, 0, 3, 0])
  })

  it('orders role slices largest first and drops empty roles', () => {
    expect(roleSlices(stats).map((s) => s.role)).toEqual([
      'RESPONSIBLE_PERSON',
      'FOREST_FIRE_PERSONNEL',
      'DISASTER_INFORMATION_OFFICER',
    ])
  })
})
