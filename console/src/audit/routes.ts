import type { RouteRecordRaw } from 'vue-router'

/** The audit page inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = [{ path: 'audit', name: 'audit', component: () => import('./AuditPage.vue') }]

/** The audit pages outside the console layout: none. */
export const standaloneRoutes: RouteRecordRaw[] = []
