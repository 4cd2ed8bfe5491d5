import type { RouteRecordRaw } from 'vue-router'
import type { MessageKey } from '@/i18n'

/** One tab of a module's section: the page's route path and its label. */
export interface SectionTab {
  name: string
  label: MessageKey
  path: string
}

export interface Section {
  /** The module's base path relative to '/', e.g. 'monitoring'. */
  path: string
  title: MessageKey
  /** Prefix of the test ids: `<testid>-section`, `<testid>-tab-<name>`. */
  testid: string
  tabs: SectionTab[]
  /** The pages, with paths relative to the section's. */
  children: RouteRecordRaw[]
}

/**
 * A module's pages under one menu entry, as a route: the section's title and tabs (kit/SectionTabs.vue) above the
 * page, the first tab's page when the bare path is opened.
 */
export function sectionRoute(section: Section): RouteRecordRaw {
  const { path, title, testid, tabs, children } = section
  return {
    path,
    component: () => import('./SectionTabs.vue'),
    props: { title, testid, tabs },
    children: [{ path: '', redirect: tabs[0]?.path ?? `/${path}` }, ...children],
  }
}
