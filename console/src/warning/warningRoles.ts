/** Who may draft, approve, issue and cancel warnings (WarningPolicy.WRITERS on the platform). */
export function canWrite(roles: readonly string[]): boolean {
  return roles.includes('DUTY_OFFICER') || roles.includes('COMMANDER')
}

/** The hint a warning's page gives about approving it, or null: which four-eyes or role rule keeps this user from it. */
export type ApprovalHint = 'fourEyes' | 'proposed' | 'role'

export function approvalHint(
  warning: { status: string; origin?: string | null; authors: readonly string[]; allowedActions: readonly string[] },
  roles: readonly string[],
): ApprovalHint | null {
  if (warning.status !== 'DRAFT' || warning.allowedActions.includes('approve')) return null
  if (!canWrite(roles)) return 'role'
  if (warning.origin === 'PROPOSED' && warning.authors.every((a) => a === 'system')) return 'proposed'
  return warning.allowedActions.includes('update') ? 'fourEyes' : null
}
