import { describe, expect, it } from 'vitest'
import { en, zh } from './messages'
import { newIncidentProblems } from './newIncident'

describe('the new-incident form', () => {
  it('names each missing field in Chinese when submitted empty', () => {
    const problems = newIncidentProblems({ title: '  ', typeCode: '', latitude: null, longitude: null })
    expect(Object.keys(problems).sort()).toEqual(['location', 'title', 'typeCode'])
    for (const key of Object.values(problems)) {
      expect(zh[key as keyof typeof zh]).toMatch(/[\u4e00-\u9fff]/)
      expect(en[key as keyof typeof en]).toBeTruthy()
    }
    expect(zh[problems.title as keyof typeof zh]).toBe('请填写事件名称')
  })

  it('lets a complete form through', () => {
    expect(newIncidentProblems({ title: '化工厂泄漏', typeCode: '2.1.1', latitude: 22.55, longitude: 114.06 })).toEqual({})
  })
})
