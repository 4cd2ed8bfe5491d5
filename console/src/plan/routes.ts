import type { RouteRecordRaw } from 'vue-router'

/** The plan pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  { path: 'plans', name: 'plans', component: () => import('./PlanListPage.vue') },
  { path: 'plans/:id', name: 'plan-editor', component: () => import('./PlanEditorPage.vue'), props: true },
]

/** The plan pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
