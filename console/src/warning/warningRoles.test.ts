import { describe, expect, it } from 'vitest'
import { approvalHint } from './warningRoles'

const officer = ['DUTY_OFFICER']

describe('who is told why they cannot approve a draft', () => {
  it('tells the drafter of their own draft about four eyes', () => {
    expect(approvalHint({ status: 'DRAFT', origin: 'DRAFTED', authors: ['duty.futian'], allowedActions: ['update', 'cancel'] }, officer)).toBe('fourEyes')
  })

  it('asks for a proposed draft to be adopted before anyone approves it', () => {
    expect(approvalHint({ status: 'DRAFT', origin: 'PROPOSED', authors: ['system'], allowedActions: ['update', 'cancel'] }, officer)).toBe('proposed')
  })

  it('tells an administrator that approving needs a duty officer or commander', () => {
    expect(approvalHint({ status: 'DRAFT', origin: 'DRAFTED', authors: ['duty.city'], allowedActions: [] }, ['ADMIN'])).toBe('role')
  })

  it('says nothing to the second officer who may approve, or about an issued warning', () => {
    expect(approvalHint({ status: 'DRAFT', origin: 'PROPOSED', authors: ['system', 'duty.futian'], allowedActions: ['update', 'approve', 'cancel'] }, officer)).toBeNull()
    expect(approvalHint({ status: 'ISSUED', origin: 'DRAFTED', authors: ['duty.futian'], allowedActions: ['update', 'cancel'] }, officer)).toBeNull()
  })
})
