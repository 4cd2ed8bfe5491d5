/** The readings chart of a station as an ECharts option, kept apart from the component so that it can be tested. */

/** The metrics the platform measures (monitoring `Metric`), by the name a reading carries. */
export const METRICS = ['rainfall_5m', 'water_level', 'gas_lel', 'pressure_mpa', 'strain_ue', 'water_depth_m'] as const

export interface LevelMark {
  name: string
  yAxis: number
  colour: string
}

export interface ReadingsChartInput {
  /** One series per metric, oldest first, as [epoch ms, value]. */
  series: Map<string, [number, number][]>
  /** The metric's name in the user's language, with its unit. */
  label: (metric: string) => string
  marks: LevelMark[]
  /** The window shown: readings of the last `hours` up to `now`. */
  hours: number
  now: number
}

/**
 * The value axis' lower end. Amounts (rain, gas, pressure, depth) start at zero so that a bar or line reads as a
 * size; a water level is an elevation (tens of metres above datum), so it starts a little below the lowest of its
 * readings and level marks, on a whole metre. Negative values (strain) keep the data's own minimum.
 */
export function valueAxisMin(metric: string, values: number[], marks: number[]): number | 'dataMin' {
  const all = [...values, ...marks]
  if (!all.length) return 0
  const lowest = Math.min(...all)
  if (lowest < 0) return 'dataMin'
  if (metric !== 'water_level') return 0
  const highest = Math.max(...all)
  return Math.max(0, Math.floor(lowest - Math.max(1, (highest - lowest) * 0.1)))
}

export function readingsOption({ series, label, marks, hours, now }: ReadingsChartInput) {
  const entries = [...series.entries()]
  const first = entries[0]?.[0] ?? ''
  const values = entries.flatMap(([, data]) => data.map((d) => d[1]))
  return {
    grid: { left: 56, right: 24, top: 36, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    xAxis: {
      type: 'time',
      // the whole window, so that a single reading is a point in its place, not an axis squeezed around it
      min: now - hours * 3600_000,
      max: now,
      splitNumber: 6,
      axisLabel: { hideOverlap: true, formatter: hours > 24 ? '{MM}-{dd} {HH}:{mm}' : '{HH}:{mm}' },
    },
    yAxis: { type: 'value', min: valueAxisMin(first, values, marks.map((m) => m.yAxis)) },
    series: entries.map(([metric, data], index) => ({
      name: label(metric),
      type: metric.startsWith('rainfall') ? 'bar' : 'line',
      showSymbol: data.length < 40,
      symbolSize: data.length === 1 ? 10 : 4,
      barMaxWidth: 12,
      data,
      markLine:
        index === 0 && marks.length
          ? {
              symbol: 'none',
              label: { formatter: '{b} {c}', position: 'insideEndTop' },
              data: marks.map((m) => ({ name: m.name, yAxis: m.yAxis, lineStyle: { color: m.colour, type: 'dashed' } })),
            }
          : undefined,
    })),
  }
}
