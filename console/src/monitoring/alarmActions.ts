import type { Alarm } from './types'

/** Who may acknowledge, clear and assign alarms (MonitoringAccess.HANDLERS on the platform). */
const HANDLER_ROLES = ['ADMIN', 'DUTY_OFFICER', 'COMMANDER']

export function canHandleAlarms(roles: readonly string[]): boolean {
  return roles.some((r) => HANDLER_ROLES.includes(r))
}

export function isActive(alarm: Pick<Alarm, 'status'>): boolean {
  return alarm.status === 'ACTIVE_UNACK' || alarm.status === 'ACTIVE_ACK'
}
