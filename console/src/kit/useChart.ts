import { onBeforeUnmount, type Ref } from 'vue'
import type { EChartsCoreOption, EChartsType } from 'echarts/core'

/**
 * An ECharts instance bound to a container: created on the first draw (loading ECharts lazily), redrawn from
 * `option()` on every later draw, resized with its container and disposed with the component.
 */
export function useChart(container: Ref<HTMLDivElement | undefined>, option: () => EChartsCoreOption) {
  let chart: EChartsType | null = null
  let resizer: ResizeObserver | null = null

  async function draw() {
    if (!container.value) return
    const echarts = await import('./echarts')
    if (!container.value) return // unmounted while ECharts loaded
    chart ??= echarts.init(container.value)
    chart.setOption(option(), { notMerge: true })
    if (!resizer) {
      resizer = new ResizeObserver(() => chart?.resize())
      resizer.observe(container.value)
    }
  }

  onBeforeUnmount(() => {
    resizer?.disconnect()
    chart?.dispose()
    chart = null
  })

  return { draw }
}
