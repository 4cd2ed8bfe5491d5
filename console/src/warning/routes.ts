import type { RouteRecordRaw } from 'vue-router'

/** The warning pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [
  { path: 'warnings', name: 'warnings', component: () => import('./WarningListPage.vue') },
  { path: 'warnings/new', name: 'warning-new', component: () => import('./WarningEditorPage.vue') },
  { path: 'warnings/:id', name: 'warning', component: () => import('./WarningDetailPage.vue') },
  { path: 'warnings/:id/edit', name: 'warning-edit', component: () => import('./WarningEditorPage.vue') },
]

/** The warning pages outside the console layout: none. */
export const standaloneRoutes: RouteRecordRaw[] = []
