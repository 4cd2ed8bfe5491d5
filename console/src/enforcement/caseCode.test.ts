import { describe, expect, it } from 'vitest'
import { chainColumns, checkCaseCode, checkCharacter, flowIndex } from './caseCode'

describe('case code', () => {
  it('computes the ISO 7064 MOD 11-2 check character like the resident identity number', () => {
    expect(checkCharacter('11010519491231002')).toBe('X')
  })

  it('accepts a code with its check character and refuses one typo', () => {
    const digits = '440304' + '2026' + '000123'
    const good = `AJ-440304-2026-000123-${checkCharacter(digits)}`
    expect(checkCaseCode(` ${good.toLowerCase()} `)).toEqual({ ok: true, code: good })
    const typo = good.replace('000123', '000132')
    expect(checkCaseCode(typo)).toEqual({ ok: false, reason: 'check' })
    expect(checkCaseCode('AJ-44030-2026-000123-1')).toEqual({ ok: false, reason: 'format' })
  })

  it('orders the flow from filing to closing', () => {
    expect(flowIndex('FILED')).toBe(0)
    expect(flowIndex('CLOSED')).toBe(6)
  })

  it('draws the chain inspection → case → accident → hazard orders', () => {
    const columns = chainColumns({
      chain: {
        caseCode: 'AJ-440304-2026-000001-1',
        caseNumber: 'ZF-440304-2026-000001',
        inspections: [{ number: 'JC-440304-2026-000007', inspectedAt: '', inspectors: [], findings: 1 }],
        accidentInvestigation: null,
        hazardOrders: [{ inspectionNumber: 'JC-440304-2026-000007', findingRef: 'JC-440304-2026-000007/1', orderCode: null, status: null }],
      },
    })
    expect(columns.map((c) => c.length)).toEqual([1, 1, 0, 1])
    expect(columns[3][0]).toMatchObject({ label: 'JC-440304-2026-000007/1', link: null, sub: 'PENDING' })
  })
})
