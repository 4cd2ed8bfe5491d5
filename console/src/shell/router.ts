import { createRouter, createWebHistory, type Router, type RouteRecordRaw } from 'vue-router'
import { installSession, session } from '@/identity/session'

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/identity/LoginPage.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./ConsoleLayout.vue'),
    children: [
      { path: '', name: 'overview', component: () => import('@/region/RegionOverviewPage.vue') },
      { path: 'map', name: 'map', component: () => import('@/region/map/RegionMapPage.vue') },
      { path: 'regions', name: 'regions', component: () => import('@/region/RegionTreePage.vue') },
      { path: 'organisation', name: 'organisation', component: () => import('@/organisation/OrganisationPage.vue') },
      { path: 'audit', name: 'audit', component: () => import('@/audit/AuditPage.vue') },
      { path: ':unknown(.*)*', name: 'not-found', component: () => import('./NotFoundPage.vue') },
    ],
  },
]

export function createConsoleRouter(): Router {
  const router = createRouter({ history: createWebHistory('/'), routes })

  router.beforeEach((to) => {
    if (to.meta.public) {
      return to.name === 'login' && session.signedIn.value ? { path: '/' } : true
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
