import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { consoleRoutes } from './router'

// The shell only assembles the modules' routes: these check that every module's pages still open where they did.
const router = createRouter({ history: createMemoryHistory(), routes: consoleRoutes })

function names(routes: RouteRecordRaw[]): string[] {
  return routes.flatMap((r) => [...(r.name ? [String(r.name)] : []), ...names(r.children ?? [])])
}

describe('the console routes assembled from the modules', () => {
  it.each([
    ['/', 'overview'],
    ['/map', 'map'],
    ['/hazards/map', 'hazard-map'],
    ['/hazards/orders/42', 'hazard-order'],
    ['/hazards/mobile/report', 'hazard-mobile-report'],
    ['/monitoring/levels', 'monitoring-levels'],
    ['/warnings/new', 'warning-new'],
    ['/warnings/mobile', 'my-notifications'],
    ['/enforcement/cases/AJ-440304-2026-000001-7', 'enforcement-case'],
    ['/enforcement/inspect/91440300MA5FXXXX1X', 'enforcement-inspect'],
    ['/resources/dispatches', 'resource-dispatches'],
    ['/public/tip', 'public-tip'],
    ['/login', 'login'],
    ['/organisation/duty', 'duty'],
    ['/audit', 'audit'],
    ['/no/such/page', 'not-found'],
  ])('opens %s as %s', (path, name) => {
    expect(router.resolve(path).name).toBe(name)
  })

  it('opens a section on its first tab', async () => {
    await router.push('/monitoring')
    expect(router.currentRoute.value.fullPath).toBe('/monitoring/map')
    await router.push('/enforcement')
    expect(router.currentRoute.value.fullPath).toBe('/enforcement/cases')
  })

  it('names no two pages alike', () => {
    const all = names(consoleRoutes)
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([])
  })
})
