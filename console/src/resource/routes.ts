import type { RouteRecordRaw } from 'vue-router'
import { sectionRoute } from '@/kit/section'

/** The resource pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  sectionRoute({
    path: 'resources',
    title: 'resource.section',
    testid: 'resource',
    tabs: [
      { name: 'list', label: 'resource.tab.list', page: () => import('./ResourceListPage.vue') },
      { name: 'map', label: 'resource.tab.map', page: () => import('./ResourceMapPage.vue') },
      { name: 'dispatches', label: 'resource.tab.dispatches', page: () => import('./DispatchListPage.vue') },
    ],
  }),
]

/** The resource pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
