import type { RouteRecordRaw } from 'vue-router'

/** The enforcement pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  {
    path: 'enforcement',
    component: () => import('./EnforcementSection.vue'),
    children: [
      { path: '', redirect: '/enforcement/cases' },
      { path: 'cases', name: 'enforcement-cases', component: () => import('./CaseListPage.vue') },
      { path: 'cases/:code', name: 'enforcement-case', component: () => import('./CasePage.vue') },
      { path: 'inspections', name: 'enforcement-inspections', component: () => import('./InspectionListPage.vue') },
      { path: 'inspections/:number', name: 'enforcement-inspection', component: () => import('./InspectionPage.vue') },
      { path: 'plans', name: 'enforcement-plans', component: () => import('./PlanPage.vue') },
    ],
  },
  { path: 'enforcement/inspect/:uscc', name: 'enforcement-inspect', component: () => import('./InspectPage.vue') },
]

/** The enforcement pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
