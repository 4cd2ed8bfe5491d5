import type { DispatchStatus, ResourceKind } from './types'

/** The main line of a dispatch, in order; rejected and cancelled end it early. */
export const MAIN_STEPS: DispatchStatus[] = ['REQUESTED', 'APPROVED', 'DISPATCHED', 'ARRIVED', 'RETURNED']

/** Index of the active step for el-steps, and whether the line ended early. */
export function stepOf(status: DispatchStatus, history: DispatchStatus[] = []): { active: number; stopped: boolean } {
  const main = MAIN_STEPS.indexOf(status)
  if (main >= 0) return { active: status === 'RETURNED' ? MAIN_STEPS.length : main, stopped: false }
  // rejected / cancelled: stop after the last main step reached
  const reached = history.map((s) => MAIN_STEPS.indexOf(s)).filter((i) => i >= 0)
  return { active: reached.length ? Math.max(...reached) + 1 : 1, stopped: true }
}

/** Map colours by kind (also the legend). */
export const KIND_COLOUR: Record<ResourceKind, string> = {
  WAREHOUSE: '#8e44ad',
  SUPPLY: '#8e44ad',
  TEAM: '#e74c3c',
  EXPERT: '#2980b9',
  SHELTER: '#27ae60',
  VEHICLE: '#f39c12',
}

/** 1234 m → "1.2 km", 640 → "640 m". */
export function distanceText(metres: number): string {
  return metres >= 1000 ? `${(metres / 1000).toFixed(1)} km` : `${Math.round(metres)} m`
}

/** A whole resource (team, expert, vehicle) is dispatched without a quantity. */
export function dispatchedWhole(kind: ResourceKind): boolean {
  return kind === 'TEAM' || kind === 'EXPERT' || kind === 'VEHICLE'
}
