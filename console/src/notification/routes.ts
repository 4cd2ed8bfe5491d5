import type { RouteRecordRaw } from 'vue-router'

/** The notification pages inside the console layout: none. */
export const routes: RouteRecordRaw[] = []

/**
 * The responsible person's phone view (一键通): their notifications, live, acknowledged with a tap. Under
 * /warnings so that the platform's console hosting (ConsoleHosting) serves it.
 */
export const standaloneRoutes: RouteRecordRaw[] = [
  { path: '/warnings/mobile', name: 'my-notifications', component: () => import('./MobileNotificationsPage.vue') },
]
