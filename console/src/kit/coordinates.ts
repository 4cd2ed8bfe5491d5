/**
 * A point as people read it: latitude, longitude with 5 decimals (about a metre), not the 15 digits a map click or
 * a float gives. Values are rounded for display only; what is stored keeps its precision.
 */
export function formatPoint(latitude: number, longitude: number, decimals = 5): string {
  return `${formatDegree(latitude, decimals)}, ${formatDegree(longitude, decimals)}`
}

export function formatDegree(value: number, decimals = 5): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '—'
}
