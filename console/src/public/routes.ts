import type { RouteRecordRaw } from 'vue-router'

/** The public pages inside the console layout: none (the public has no console). */
export const routes: RouteRecordRaw[] = []

/** The public part: tip-offs and their tracking, no login, no console frame. */
export const standaloneRoutes: RouteRecordRaw[] = [
  {
    path: '/public',
    component: () => import('./PublicShell.vue'),
    meta: { public: true },
    children: [
      { path: '', redirect: '/public/tip' },
      { path: 'tip', name: 'public-tip', component: () => import('./PublicTipPage.vue'), meta: { public: true } },
      { path: 'track/:code?', name: 'public-track', component: () => import('./PublicTrackPage.vue'), meta: { public: true } },
    ],
  },
]
