import { describe, expect, it } from 'vitest'
import { countdown, progress, taskMoves } from './board'
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
