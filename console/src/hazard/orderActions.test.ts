import { describe, expect, it } from 'vitest'
import { actionButtons, actionSpec, describeFailure, emptyForm, missingFields, transitionBody } from './orderActions'

describe('order actions as buttons', () => {
  it('shows the allowed moves in working order, forward moves first', () => {
    expect(actionButtons(['supervise', 'return', 'accept', 'reassign']).map((b) => b.action)).toEqual([
      'accept',
      'return',
      'reassign',
      'supervise',
    ])
  })

  it('leaves out actions the console does not know and copes with none', () => {
    expect(actionButtons(['verify', 'teleport']).map((b) => b.action)).toEqual(['verify'])
    expect(actionButtons(undefined)).toEqual([])
  })

  it('asks only for a confirmation to accept, and for evidence to verify', () => {
    expect(actionSpec('accept').confirmOnly).toBe(true)
    expect(actionSpec('verify').fields).toEqual(['outcome', 'grade', 'note', 'photos'])
    expect(actionSpec('reassign').fields).toContain('department')
    expect(actionSpec('reject').button).toBe('danger')
  })
})

describe('order action dialogs', () => {
  it('requires a reason to return or reject', () => {
    expect(missingFields('return', emptyForm())).toEqual(['hazard.form.reasonRequired'])
    expect(missingFields('reject', { ...emptyForm(), reason: '   ' })).toEqual(['hazard.form.reasonRequired'])
    expect(missingFields('return', { ...emptyForm(), reason: '不属于本部门' })).toEqual([])
  })

  it('requires an outcome to verify, and a note when the finding is "not a hazard"', () => {
    expect(missingFields('verify', emptyForm())).toEqual(['hazard.form.outcomeRequired'])
    expect(missingFields('verify', { ...emptyForm(), outcome: 'CONFIRMED' })).toEqual([])
    expect(missingFields('verify', { ...emptyForm(), outcome: 'NOT_A_HAZARD' })).toEqual(['hazard.form.noteRequired'])
  })

  it('requires a department to dispatch and nothing to accept or approve', () => {
    expect(missingFields('reassign', emptyForm())).toEqual(['hazard.form.departmentRequired'])
    expect(missingFields('accept', emptyForm())).toEqual([])
    expect(missingFields('approve', emptyForm())).toEqual([])
  })

  it('builds the verify body with the uploaded photos and a corrected grade only when confirmed', () => {
    const form = { ...emptyForm(), outcome: 'CONFIRMED' as const, grade: 'MAJOR' as const, note: ' 通道堵塞 ' }
    expect(transitionBody('verify', form, ['p1', 'p2'])).toEqual({
      outcome: 'CONFIRMED',
      note: '通道堵塞',
      grade: 'MAJOR',
      photoIds: ['p1', 'p2'],
    })
    expect(transitionBody('verify', { ...form, outcome: 'NOT_A_HAZARD' }, [])).toEqual({
      outcome: 'NOT_A_HAZARD',
      note: '通道堵塞',
      photoIds: [],
    })
  })

  it('sends category and grade with a dispatch only when the dispatcher changes them', () => {
    const form = { ...emptyForm(), departmentCode: '440304-RQ', note: '' }
    expect(transitionBody('reassign', form)).toEqual({ departmentCode: '440304-RQ', note: '' })
    expect(transitionBody('reassign', { ...form, category: 'GAS', grade: 'GENERAL' })).toEqual({
      departmentCode: '440304-RQ',
      note: '',
      category: 'GAS',
      grade: 'GENERAL',
    })
  })

  it('sends an empty body to accept and the reason to return', () => {
    expect(transitionBody('accept', emptyForm())).toEqual({})
    expect(transitionBody('return', { ...emptyForm(), reason: ' 非本部门职责 ' })).toEqual({ reason: '非本部门职责' })
  })
})

describe('failed submissions', () => {
  const message = (e: unknown) => (e instanceof Error ? e.message : null)

  it('offers to reload the order when it changed under the user (409)', () => {
    const error = Object.assign(new Error('Order H-1 is RECTIFYING; verify is possible only when it is [VERIFYING].'), { status: 409 })
    expect(describeFailure(error, message)).toEqual({
      title: 'hazard.error.409',
      detail: 'Order H-1 is RECTIFYING; verify is possible only when it is [VERIFYING].',
      reload: true,
      retrySafe: false,
    })
  })

  it('says plainly when the move is not the user\'s (403)', () => {
    expect(describeFailure(Object.assign(new Error('not yours'), { status: 403 }), message)).toMatchObject({
      title: 'hazard.error.403',
      detail: 'not yours',
      reload: false,
    })
  })

  it('tells the user a retry is safe after a lost answer', () => {
    expect(describeFailure(new TypeError('Failed to fetch'), message)).toMatchObject({ title: 'hazard.error.other', retrySafe: true })
    expect(describeFailure(Object.assign(new Error('bad gateway'), { status: 502 }), message).retrySafe).toBe(true)
    expect(describeFailure(Object.assign(new Error('bad'), { status: 400 }), message)).toMatchObject({ title: 'hazard.error.400', retrySafe: false })
  })
})
