import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { sectionRoute } from './section'

const page = () => Promise.resolve({})

describe('a module section as a route', () => {
  const route = sectionRoute({
    path: 'monitoring',
    title: 'monitoring.section',
    testid: 'monitoring',
    tabs: [
      { name: 'map', label: 'monitoring.tab.map', page },
      { name: 'alarms', label: 'monitoring.tab.alarms', page },
    ],
    more: [{ path: 'alarms/:id', name: 'monitoring-alarm', component: page }],
  })
  const children = route.children as RouteRecordRaw[]

  it('opens the first tab on the bare path', () => {
    expect(children[0]).toEqual({ path: '', redirect: '/monitoring/map' })
  })

  it('gives every tab a route named after the section and the tab, then the pages without a tab', () => {
    expect(children.slice(1).map((c) => [c.path, c.name])).toEqual([
      ['map', 'monitoring-map'],
      ['alarms', 'monitoring-alarms'],
      ['alarms/:id', 'monitoring-alarm'],
    ])
  })

  it('hands the tabs with their absolute paths to the section frame', () => {
    expect(route.props).toEqual({
      title: 'monitoring.section',
      testid: 'monitoring',
      tabs: [
        { name: 'map', label: 'monitoring.tab.map', path: '/monitoring/map' },
        { name: 'alarms', label: 'monitoring.tab.alarms', path: '/monitoring/alarms' },
      ],
    })
  })
})
