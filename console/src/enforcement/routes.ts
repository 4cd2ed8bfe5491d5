import type { RouteRecordRaw } from 'vue-router'
import { sectionRoute } from '@/kit/section'

/** The enforcement pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  sectionRoute({
    path: 'enforcement',
    title: 'enforcement.section',
    testid: 'enforcement',
    tabs: [
      { name: 'cases', label: 'enforcement.tab.cases', page: () => import('./CaseListPage.vue') },
      { name: 'inspections', label: 'enforcement.tab.inspections', page: () => import('./InspectionListPage.vue') },
      { name: 'plans', label: 'enforcement.tab.plans', page: () => import('./PlanPage.vue') },
    ],
    more: [
      { path: 'cases/:code', name: 'enforcement-case', component: () => import('./CasePage.vue') },
      { path: 'inspections/:number', name: 'enforcement-inspection', component: () => import('./InspectionPage.vue') },
      {
        path: 'accident-investigations/:number',
        name: 'enforcement-accident-investigation',
        component: () => import('./AccidentInvestigationPage.vue'),
      },
    ],
  }),
]

/**
 * The enforcement pages outside the console layout (public or phone pages), with absolute paths. Inspect by code is
 * a phone page (the enterprise code's QR leads here): signed-in only, no side menu.
 */
export const standaloneRoutes: RouteRecordRaw[] = [
  { path: '/enforcement/inspect/:uscc', name: 'enforcement-inspect', component: () => import('./InspectPage.vue') },
]
