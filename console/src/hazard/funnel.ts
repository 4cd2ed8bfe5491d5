/** The funnel chart is only needed by the Heinrich view: registered when that view loads it. */
import { use } from 'echarts/core'
import { FunnelChart } from 'echarts/charts'

use([FunnelChart])
