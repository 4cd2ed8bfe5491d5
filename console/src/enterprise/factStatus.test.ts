import { describe, expect, it } from 'vitest'
import { factStatusKey } from './factStatus'
import { en, zh } from './messages'

describe('status of a linked record', () => {
  it('names every status the platform writes in Chinese', () => {
    // the status words written by the modules that link facts to an enterprise
    for (const status of ['OPEN', 'CLOSED', 'OVERDUE', 'ACTIVE', 'CLEARED', 'SUBMITTED', 'COMPLETED', 'DECIDED', 'RECORDED', 'VALID',
      'INVESTIGATING', 'RECTIFYING', 'FILED', 'REVIEWING', 'DECIDING', 'EXECUTING', 'RECHECKING']) {
      const key = factStatusKey(status, true)
      expect(key, status).not.toBeNull()
      expect(zh[key!]).toMatch(/[\u4e00-\u9fff]/)
      expect(en[key!]).toBeTruthy()
    }
    expect(zh[factStatusKey('RECTIFYING', true)!]).toBe('整改中')
  })

  it('never shows an unknown code: says whether the matter is open', () => {
    expect(factStatusKey('SOMETHING_NEW', true)).toBe('enterprise.factStatus.OPEN')
    expect(factStatusKey('SOMETHING_NEW', false)).toBe('enterprise.factStatus.CLOSED')
    expect(factStatusKey(null, false)).toBe('enterprise.factStatus.CLOSED')
  })

  it('keeps a status that is already Chinese', () => {
    expect(factStatusKey('结案', false)).toBeNull()
  })
})
