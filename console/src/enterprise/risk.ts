import type { EChartsCoreOption } from 'echarts/core'
import type { RiskChange, RiskFactor, RiskLevel } from './types'

/** The four risk colours (red/orange/yellow/blue, as the national four-colour scheme). */
export const LEVEL_COLOUR: Record<RiskLevel, string> = {
  RED: '#d93026',
  ORANGE: '#f28c28',
  YELLOW: '#f2c811',
  BLUE: '#2f7ed8',
}

export const LEVELS: RiskLevel[] = ['RED', 'ORANGE', 'YELLOW', 'BLUE']

/** Element Plus tag type for a level. */
export function levelTagType(level: RiskLevel): 'danger' | 'warning' | 'primary' | '' {
  return level === 'RED' ? 'danger' : level === 'ORANGE' || level === 'YELLOW' ? 'warning' : 'primary'
}

/** A horizontal bar per factor: its points against its cap, largest contribution first; no black box. */
export function factorChart(factors: RiskFactor[], english: boolean): EChartsCoreOption {
  const rows = [...factors].sort((a, b) => a.points - b.points)
  return {
    grid: { left: 150, right: 60, top: 10, bottom: 24 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const f = rows[params[0]?.dataIndex ?? 0]
        return f ? `${english ? f.nameEn : f.nameZh}: ${f.points} / ${f.cap}<br/>${f.basis}` : ''
      },
    },
    xAxis: { type: 'value', max: 25 },
    yAxis: { type: 'category', data: rows.map((f) => (english ? f.nameEn : f.nameZh)) },
    series: [
      {
        type: 'bar',
        data: rows.map((f) => ({ value: f.points, itemStyle: { color: f.points >= 10 ? '#d93026' : f.points >= 5 ? '#f28c28' : '#2f7ed8' } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => `+${p.value}` },
      },
    ],
  }
}

/** The score over time, oldest first, with the level bands behind it. */
export function historyChart(history: RiskChange[]): EChartsCoreOption {
  const points = [...history].reverse()
  return {
    grid: { left: 40, right: 20, top: 10, bottom: 30 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const c = points[params[0]?.dataIndex ?? 0]
        return c ? `${c.at.slice(0, 16).replace('T', ' ')}<br/>${c.score} (${c.level})<br/>${c.reason}` : ''
      },
    },
    xAxis: { type: 'category', data: points.map((c) => c.at.slice(0, 10)) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'line',
        step: 'end',
        showSymbol: true,
        symbolSize: 8,
        data: points.map((c) => c.score),
        markArea: {
          silent: true,
          data: [
            [{ yAxis: 60, itemStyle: { color: 'rgba(217,48,38,0.08)' } }, { yAxis: 100 }],
            [{ yAxis: 40, itemStyle: { color: 'rgba(242,140,40,0.08)' } }, { yAxis: 60 }],
            [{ yAxis: 20, itemStyle: { color: 'rgba(242,200,17,0.08)' } }, { yAxis: 40 }],
          ],
        },
      },
    ],
  }
}

/** Hides the middle of a phone number (the server masks lists already; this is for anything shown twice). */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****'
}

/** Whether the viewer may start an inspection from the enterprise code (the inspection roles). */
export function mayInspect(roles: readonly string[] | undefined): boolean {
  return !!roles?.some((r) => r === 'INSPECTOR' || r === 'HANDLER' || r === 'GRID_WORKER' || r === 'DUTY_OFFICER' || r === 'ADMIN')
}
