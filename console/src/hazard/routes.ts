import type { RouteRecordRaw } from 'vue-router'

/** The hazard pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  {
    path: 'hazards',
    component: () => import('./HazardSection.vue'),
    children: [
      { path: '', redirect: '/hazards/inbox' },
      { path: 'inbox', name: 'hazard-inbox', component: () => import('./HazardInboxPage.vue') },
      { path: 'orders/:id', name: 'hazard-order', component: () => import('./HazardOrderPage.vue') },
      { path: 'map', name: 'hazard-map', component: () => import('./HazardMapPage.vue') },
      { path: 'stats', name: 'hazard-stats', component: () => import('./HazardStatsPage.vue') },
      { path: 'heinrich', name: 'hazard-heinrich', component: () => import('./HeinrichPage.vue') },
      { path: 'report', name: 'hazard-report', component: () => import('./HazardReportPage.vue') },
    ],
  },
]

/** The phone pages of the hazard loop, for field staff: signed in, but without the console's side menu. */
export const standaloneRoutes: RouteRecordRaw[] = [
  {
    path: '/hazards/mobile',
    component: () => import('./mobile/MobileShell.vue'),
    children: [
      { path: '', name: 'hazard-mobile', component: () => import('./mobile/MobileOrdersPage.vue') },
      { path: 'orders/:id', name: 'hazard-mobile-order', component: () => import('./mobile/MobileOrderPage.vue') },
      { path: 'report', name: 'hazard-mobile-report', component: () => import('./mobile/MobileReportPage.vue') },
    ],
  },
]
