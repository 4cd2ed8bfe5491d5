import type { MessageKey } from '@/i18n'
import type { Grade, OrderAction, Outcome, TransitionBodies } from './types'

/**
 * The moves a user may make on an order, as buttons and dialogs. The platform decides which moves are allowed
 * (`allowedActions`); the console only decides how they look and what each dialog asks for.
 */

export type ActionField = 'reason' | 'note' | 'outcome' | 'grade' | 'photos' | 'department' | 'category'

export interface ActionSpec {
  action: OrderAction
  button: 'primary' | 'success' | 'warning' | 'danger' | 'default'
  /** What the dialog asks for, in this order. */
  fields: ActionField[]
  /** No dialog fields: a confirmation is enough. */
  confirmOnly: boolean
}

const SPECS: Record<OrderAction, Omit<ActionSpec, 'action' | 'confirmOnly'>> = {
  accept: { button: 'primary', fields: [] },
  verify: { button: 'primary', fields: ['outcome', 'grade', 'note', 'photos'] },
  rectify: { button: 'default', fields: ['note', 'photos'] },
  submit: { button: 'success', fields: ['note', 'photos'] },
  approve: { button: 'success', fields: ['note'] },
  reject: { button: 'danger', fields: ['reason'] },
  return: { button: 'warning', fields: ['reason'] },
  reassign: { button: 'warning', fields: ['department', 'category', 'grade', 'note'] },
  supervise: { button: 'danger', fields: ['note'] },
}

/** Forward moves first, then the moves that send the order back or sideways. */
export const ACTION_ORDER: OrderAction[] = [
  'accept',
  'verify',
  'rectify',
  'submit',
  'approve',
  'reject',
  'return',
  'reassign',
  'supervise',
]

export function actionSpec(action: OrderAction): ActionSpec {
  const spec = SPECS[action]
  return { action, ...spec, confirmOnly: spec.fields.length === 0 }
}

/** The buttons to show for the platform's `allowedActions`, in working order; unknown actions are left out. */
export function actionButtons(allowed: readonly string[] | null | undefined): ActionSpec[] {
  const set = new Set(allowed ?? [])
  return ACTION_ORDER.filter((a) => set.has(a)).map(actionSpec)
}

/** What the user fills in; one shape for every dialog. */
export interface ActionForm {
  reason: string
  note: string
  outcome: Outcome | ''
  grade: Grade | ''
  departmentCode: string
  category: string
}

export function emptyForm(): ActionForm {
  return { reason: '', note: '', outcome: '', grade: '', departmentCode: '', category: '' }
}

/** The fields the user must fill before the dialog can be sent, as message keys of the complaints. */
export function missingFields(action: OrderAction, form: ActionForm): MessageKey[] {
  const missing: MessageKey[] = []
  const blank = (s: string) => s.trim() === ''
  switch (action) {
    case 'return':
    case 'reject':
      if (blank(form.reason)) missing.push('hazard.form.reasonRequired')
      break
    case 'verify':
      if (!form.outcome) missing.push('hazard.form.outcomeRequired')
      // "not a hazard" closes the matter: it needs a word of why
      else if (form.outcome === 'NOT_A_HAZARD' && blank(form.note)) missing.push('hazard.form.noteRequired')
      break
    case 'rectify':
    case 'submit':
    case 'supervise':
      if (blank(form.note)) missing.push('hazard.form.noteRequired')
      break
    case 'reassign':
      if (!form.departmentCode) missing.push('hazard.form.departmentRequired')
      break
    case 'accept':
    case 'approve':
      break
  }
  return missing
}

/** The request body of the move, from the form and the ids of the photos already uploaded. */
export function transitionBody<A extends OrderAction>(action: A, form: ActionForm, photoIds: string[] = []): TransitionBodies[A] {
  const note = form.note.trim()
  const bodies: { [K in OrderAction]: () => TransitionBodies[K] } = {
    accept: () => ({}),
    return: () => ({ reason: form.reason.trim() }),
    verify: () => ({
      outcome: form.outcome as Outcome,
      note,
      photoIds,
      ...(form.grade && form.outcome === 'CONFIRMED' ? { grade: form.grade } : {}),
    }),
    rectify: () => ({ note, photoIds }),
    submit: () => ({ note, photoIds }),
    approve: () => ({ note }),
    reject: () => ({ reason: form.reason.trim() }),
    reassign: () => ({
      departmentCode: form.departmentCode,
      note,
      ...(form.category ? { category: form.category } : {}),
      ...(form.grade ? { grade: form.grade } : {}),
    }),
    supervise: () => ({ note }),
  }
  return bodies[action]() as TransitionBodies[A]
}

export function actionLabel(action: string): MessageKey {
  return `hazard.action.${action}` as MessageKey
}

/** How a failed submission is shown: a title by kind, the platform's own words, and what the user can do next. */
export interface Failure {
  title: MessageKey
  detail: string
  /** The order changed under the user (409): offer to reload it. */
  reload: boolean
  /** The outcome is unknown: submitting again is safe (same idempotency key). */
  retrySafe: boolean
}

export function describeFailure(error: unknown, message: (error: unknown) => string | null): Failure {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : NaN
  const detail = message(error) ?? ''
  if (status === 409) return { title: 'hazard.error.409', detail, reload: true, retrySafe: false }
  if (status === 403) return { title: 'hazard.error.403', detail, reload: false, retrySafe: false }
  if (status === 400 || status === 422) return { title: 'hazard.error.400', detail, reload: false, retrySafe: false }
  if (status === 404) return { title: 'hazard.error.notFound', detail, reload: false, retrySafe: false }
  const unknownOutcome = Number.isNaN(status) || status >= 500 || status === 408 || status === 429
  return { title: 'hazard.error.other', detail, reload: false, retrySafe: unknownOutcome }
}
