import { createRouter, createWebHistory, type Router, type RouteRecordRaw } from 'vue-router'
import { routes as incidentRoutes, standaloneRoutes as incidentStandalone } from '@/incident/routes'
import { routes as planRoutes, standaloneRoutes as planStandalone } from '@/plan/routes'
import { routes as resourceRoutes, standaloneRoutes as resourceStandalone } from '@/resource/routes'
import { routes as dutyRoutes, standaloneRoutes as dutyStandalone } from '@/duty/routes'
import { routes as enterpriseRoutes, standaloneRoutes as enterpriseStandalone } from '@/enterprise/routes'
import { routes as enforcementRoutes, standaloneRoutes as enforcementStandalone } from '@/enforcement/routes'
import { installSession, session } from '@/identity/session'

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/identity/LoginPage.vue'), meta: { public: true } },
  // The public part: tip-offs and their tracking, no login, no console frame.
  {
    path: '/public',
    component: () => import('@/public/PublicShell.vue'),
    meta: { public: true },
    children: [
      { path: '', redirect: '/public/tip' },
      { path: 'tip', name: 'public-tip', component: () => import('@/public/PublicTipPage.vue'), meta: { public: true } },
      { path: 'track/:code?', name: 'public-track', component: () => import('@/public/PublicTrackPage.vue'), meta: { public: true } },
    ],
  },
  // The phone pages of the hazard loop, for field staff: signed in, but without the console's side menu.
  {
    path: '/hazards/mobile',
    component: () => import('@/hazard/mobile/MobileShell.vue'),
    children: [
      { path: '', name: 'hazard-mobile', component: () => import('@/hazard/mobile/MobileOrdersPage.vue') },
      { path: 'orders/:id', name: 'hazard-mobile-order', component: () => import('@/hazard/mobile/MobileOrderPage.vue') },
      { path: 'report', name: 'hazard-mobile-report', component: () => import('@/hazard/mobile/MobileReportPage.vue') },
    ],
  },
  // The responsible person's phone view (一键通): their notifications, live, acknowledged with a tap. Under
  // /warnings so that the platform's console hosting (ConsoleHosting) serves it.
  { path: '/warnings/mobile', name: 'my-notifications', component: () => import('@/notification/MobileNotificationsPage.vue') },
  ...incidentStandalone,
  ...planStandalone,
  ...resourceStandalone,
  ...dutyStandalone,
  ...enterpriseStandalone,
  ...enforcementStandalone,
  {
    path: '/',
    component: () => import('./ConsoleLayout.vue'),
    children: [
      { path: '', name: 'overview', component: () => import('@/region/RegionOverviewPage.vue') },
      { path: 'map', name: 'map', component: () => import('@/region/map/RegionMapPage.vue') },
      { path: 'regions', name: 'regions', component: () => import('@/region/RegionTreePage.vue') },
      {
        path: 'hazards',
        component: () => import('@/hazard/HazardSection.vue'),
        children: [
          { path: '', redirect: '/hazards/inbox' },
          { path: 'inbox', name: 'hazard-inbox', component: () => import('@/hazard/HazardInboxPage.vue') },
          { path: 'orders/:id', name: 'hazard-order', component: () => import('@/hazard/HazardOrderPage.vue') },
          { path: 'map', name: 'hazard-map', component: () => import('@/hazard/HazardMapPage.vue') },
          { path: 'stats', name: 'hazard-stats', component: () => import('@/hazard/HazardStatsPage.vue') },
          { path: 'heinrich', name: 'hazard-heinrich', component: () => import('@/hazard/HeinrichPage.vue') },
          { path: 'report', name: 'hazard-report', component: () => import('@/hazard/HazardReportPage.vue') },
        ],
      },
      {
        path: 'monitoring',
        component: () => import('@/monitoring/MonitoringSection.vue'),
        children: [
          { path: '', redirect: '/monitoring/map' },
          { path: 'map', name: 'monitoring-map', component: () => import('@/monitoring/StationMapPage.vue') },
          { path: 'alarms', name: 'monitoring-alarms', component: () => import('@/monitoring/AlarmListPage.vue') },
          { path: 'levels', name: 'monitoring-levels', component: () => import('@/monitoring/WaterLevelsPage.vue') },
        ],
      },
      { path: 'warnings', name: 'warnings', component: () => import('@/warning/WarningListPage.vue') },
      { path: 'warnings/new', name: 'warning-new', component: () => import('@/warning/WarningEditorPage.vue') },
      { path: 'warnings/:id', name: 'warning', component: () => import('@/warning/WarningDetailPage.vue') },
      { path: 'warnings/:id/edit', name: 'warning-edit', component: () => import('@/warning/WarningEditorPage.vue') },
      { path: 'organisation', name: 'organisation', component: () => import('@/organisation/OrganisationPage.vue') },
      { path: 'audit', name: 'audit', component: () => import('@/audit/AuditPage.vue') },
      ...incidentRoutes,
      ...planRoutes,
      ...resourceRoutes,
      ...dutyRoutes,
      ...enterpriseRoutes,
      ...enforcementRoutes,
      { path: ':unknown(.*)*', name: 'not-found', component: () => import('./NotFoundPage.vue') },
    ],
  },
]

export function createConsoleRouter(): Router {
  const router = createRouter({ history: createWebHistory('/'), routes })

  router.beforeEach((to) => {
    if (to.meta.public) {
      if (to.name !== 'login' || !session.signedIn.value) return true
      // already signed in: go where the login was meant to lead
      const redirect = to.query.redirect
      return typeof redirect === 'string' && redirect.startsWith('/') ? { path: redirect } : { path: '/' }
    }
    if (!session.signedIn.value) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    return true
  })

  // Any 401 from the platform ends the session: back to login, remembering where the user was.
  installSession(() => {
    const current = router.currentRoute.value
    if (current.name === 'login') return
    void router.replace({ name: 'login', query: current.fullPath === '/' ? {} : { redirect: current.fullPath } })
  })

  return router
}
