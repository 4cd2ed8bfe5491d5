import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import type { MessageKey } from '@/i18n'

/** One tab of a module's section: the page's route path and its label. */
export interface SectionTab {
  name: string
  label: MessageKey
  path: string
}

/** A page of a section that has a tab: its route is `<section>/<name>`, named `<testid>-<name>`. */
export interface TabPage {
  name: string
  label: MessageKey
  page: () => Promise<RouteComponent>
}

export interface Section {
  /** The module's base path relative to '/', e.g. 'monitoring'. */
  path: string
  title: MessageKey
  /** Prefix of the test ids and route names: `<testid>-section`, `<testid>-tab-<name>`, route `<testid>-<name>`. */
  testid: string
  tabs: TabPage[]
  /** Pages without a tab of their own (a case opened from the list), paths relative to the section's. */
  more?: RouteRecordRaw[]
}

/** The tabs of a section as SectionTabs.vue shows them. */
export function sectionTabs(path: string, tabs: Omit<TabPage, 'page'>[]): SectionTab[] {
  return tabs.map(({ name, label }) => ({ name, label, path: `/${path}/${name}` }))
}

/**
 * A module's pages under one menu entry, as a route: the section's title and tabs (kit/SectionTabs.vue) above the
 * page, the first tab's page when the bare path is opened.
 */
export function sectionRoute(section: Section): RouteRecordRaw {
  const { path, title, testid, tabs, more = [] } = section
  return {
    path,
    component: () => import('./SectionTabs.vue'),
    props: { title, testid, tabs: sectionTabs(path, tabs) },
    children: [
      { path: '', redirect: `/${path}/${tabs[0]?.name ?? ''}` },
      ...tabs.map((tab) => ({ path: tab.name, name: `${testid}-${tab.name}`, component: tab.page })),
      ...more,
    ],
  }
}
