import { describe, expect, it } from 'vitest'
import { BOARD_RESOURCE_KINDS, countdown, gatherNearby, progress, taskMoves } from './board'
import type { Task } from './types'

describe('command board helpers', () => {
  it('counts down to a deadline and turns late after it', () => {
    const now = Date.parse('2026-11-23T10:00:00Z')
    expect(countdown('2026-11-23T10:30:05Z', now)).toEqual({ text: '30:05', late: false })
    expect(countdown('2026-11-23T09:58:00Z', now)).toEqual({ text: '-02:00', late: true })
    expect(countdown('2026-11-23T12:01:00Z', now)?.text).toBe('2:01:00')
    expect(countdown(null, now)).toBeNull()
  })

  it('offers only the moves a task can make', () => {
    expect(taskMoves('ASSIGNED')).toContain('acknowledge')
    expect(taskMoves('DONE')).toEqual([])
    expect(taskMoves('BLOCKED')).not.toContain('block')
  })

  it('measures progress without cancelled tasks', () => {
    const t = (status: Task['status']) => ({ status }) as Task
    expect(progress([t('DONE'), t('ASSIGNED'), t('CANCELLED')])).toBe(50)
    expect(progress([])).toBe(0)
  })
})

describe('resources around an incident', () => {
  it('asks only for kinds the resource API knows and answers for', async () => {
    const { readFileSync } = await import('node:fs')
    const document = JSON.parse(readFileSync('openapi.json', 'utf8'))
    const known: string[] = document.components.schemas.NearbyResource.properties.kind.enum
    for (const kind of BOARD_RESOURCE_KINDS) expect(known).toContain(kind)
    // the nearest-resources endpoint refuses warehouses (not dispatched): asking for one hid every other kind
    expect(BOARD_RESOURCE_KINDS).not.toContain('WAREHOUSE')
    expect(BOARD_RESOURCE_KINDS).toEqual(expect.arrayContaining(['TEAM', 'SHELTER']))
  })

  it('names the kinds that failed instead of swallowing the refusal', async () => {
    const { found, failed } = await gatherNearby(async (kind) => {
      if (kind === 'SUPPLY') throw new Error('type: 未知类型')
      return [kind]
    })
    expect(found).toEqual(['TEAM', 'SHELTER', 'VEHICLE'])
    expect(failed).toEqual([{ kind: 'SUPPLY', reason: 'type: 未知类型' }])
  })
})
