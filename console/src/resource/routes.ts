import type { RouteRecordRaw } from 'vue-router'
import { sectionRoute } from '@/kit/section'

/** The resource pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  sectionRoute({
    path: 'resources',
    title: 'resource.section',
    testid: 'resource',
    tabs: [
      { name: 'list', label: 'resource.tab.list', path: '/resources/list' },
      { name: 'map', label: 'resource.tab.map', path: '/resources/map' },
      { name: 'dispatches', label: 'resource.tab.dispatches', path: '/resources/dispatches' },
    ],
    children: [
      { path: 'list', name: 'resource-list', component: () => import('./ResourceListPage.vue') },
      { path: 'map', name: 'resource-map', component: () => import('./ResourceMapPage.vue') },
      { path: 'dispatches', name: 'resource-dispatches', component: () => import('./DispatchListPage.vue') },
    ],
  }),
]

/** The resource pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
