/** Who may draft, approve, issue and cancel warnings (WarningPolicy.WRITERS on the platform). */
export function canWrite(roles: readonly string[]): boolean {
  return roles.includes('DUTY_OFFICER') || roles.includes('COMMANDER')
}
