import type { RouteRecordRaw } from 'vue-router'

/** The resource pages inside the console layout (paths relative to '/'). */
export const routes: RouteRecordRaw[] = []

/** The resource pages outside the console layout (public or phone pages), with absolute paths. */
export const standaloneRoutes: RouteRecordRaw[] = []
