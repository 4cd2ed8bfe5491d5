import { createRouter, createWebHistory, type Router, type RouteRecordRaw } from 'vue-router'
import * as identity from '@/identity/routes'
import * as publicPages from '@/public/routes'
import * as region from '@/region/routes'
import * as hazard from '@/hazard/routes'
import * as monitoring from '@/monitoring/routes'
import * as warning from '@/warning/routes'
import * as notification from '@/notification/routes'
import * as incident from '@/incident/routes'
import * as plan from '@/plan/routes'
import * as resource from '@/resource/routes'
import * as duty from '@/duty/routes'
import * as enterprise from '@/enterprise/routes'
import * as enforcement from '@/enforcement/routes'
import * as organisation from '@/organisation/routes'
import * as audit from '@/audit/routes'
import { installSession, session } from '@/identity/session'

/**
 * Each module folder owns its pages' routes: `routes` inside the console layout (paths relative to '/') and
 * `standaloneRoutes` outside it (the login, the public pages, the phone pages; absolute paths). The shell only
 * assembles them, in the order of the side menu.
 */
interface ModuleRoutes {
  routes: RouteRecordRaw[]
  standaloneRoutes: RouteRecordRaw[]
}

export const modules: ModuleRoutes[] = [
  identity,
  publicPages,
  region,
  hazard,
  monitoring,
  warning,
  notification,
  incident,
  plan,
  resource,
  enterprise,
  enforcement,
  duty,
  organisation,
  audit,
]

/** Every page of the console: the modules' own pages, then the console layout around the rest. */
export const consoleRoutes: RouteRecordRaw[] = [
  ...modules.flatMap((m) => m.standaloneRoutes),
  {
    path: '/',
    component: () => import('./ConsoleLayout.vue'),
    children: [
      ...modules.flatMap((m) => m.routes),
      { path: ':unknown(.*)*', name: 'not-found', component: () => import('./NotFoundPage.vue') },
    ],
  },
]

export function createConsoleRouter(): Router {
  const router = createRouter({ history: createWebHistory('/'), routes: consoleRoutes })

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
