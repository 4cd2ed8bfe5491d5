import { computed, ref } from 'vue'
import zhCnElement from 'element-plus/es/locale/lang/zh-cn.mjs'
import enElement from 'element-plus/es/locale/lang/en.mjs'
import { en, zhCN, type MessageKey } from './messages'

/**
 * A small i18n of our own: two languages, flat keys, `{name}` placeholders. Chinese is the default;
 * the choice is kept in localStorage so it survives reloads.
 */
export type Locale = 'zh-CN' | 'en'

export const LOCALES: readonly Locale[] = ['zh-CN', 'en']
export const STORAGE_KEY = 'forewarn.locale'

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en }
const elementLocales = { 'zh-CN': zhCnElement, en: enElement }

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'en' || value === 'zh-CN' ? value : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

export const locale = ref<Locale>(storedLocale())

/** Element Plus' own texts (pagination, date pickers, empty tables) in the current language. */
export const elementLocale = computed(() => elementLocales[locale.value])

export function setLocale(next: Locale): void {
  locale.value = next
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Private mode or storage disabled: the switch still works for this page.
  }
  document.documentElement.lang = next
}

/** Re-reads the stored choice (used at start-up and by tests). */
export function restoreLocale(): Locale {
  setLocale(storedLocale())
  return locale.value
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogues[locale.value][key] ?? zhCN[key] ?? key
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** Translates a key that comes from data (a role or level name), falling back to the raw value. */
export function tOr(key: string, fallback: string): string {
  return key in zhCN ? t(key as MessageKey) : fallback
}

export type { MessageKey }

/**
 * The BCP 47 tag for dates and numbers in the console's language, not the browser's: a Chinese console shows
 * 2026/11/23 22:04:05, not 11/23/2026, 10:04:05 PM.
 */
export function dateLocale(): string {
  return locale.value === 'en' ? 'en-GB' : 'zh-CN'
}
