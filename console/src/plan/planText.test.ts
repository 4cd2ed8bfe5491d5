import { describe, expect, it } from 'vitest'
import { conditionText, groupChanges, unlines } from './planText'

describe('plan page helpers', () => {
  it('describes a condition by its label or its data', () => {
    expect(conditionText({ kind: 'ALARM', values: ['RAINSTORM_RED'], minDistricts: 2, label: null })).toBe('ALARM RAINSTORM_RED ≥2')
    expect(conditionText({ kind: 'TYPE', values: ['0101'], minDistricts: null, label: '水旱灾害' })).toBe('水旱灾害')
  })

  it('groups diff changes by section in reading order', () => {
    const groups = groupChanges([
      { section: 'MEASURE', kind: 'ADDED', key: 'm', before: null, after: 'x' },
      { section: 'DUTY', kind: 'REMOVED', key: 'd', before: 'y', after: null },
    ])
    expect(groups.map((g) => g.section)).toEqual(['DUTY', 'MEASURE'])
  })

  it('splits edited lines and drops blanks', () => {
    expect(unlines('a\n\n b \n')).toEqual(['a', 'b'])
  })
})
