import { beforeEach, describe, expect, it } from 'vitest'
import { dateLocale, elementLocale, locale, restoreLocale, setLocale, STORAGE_KEY, t } from './index'
import { catalogues, en, zhCN } from './messages'

describe('i18n', () => {
  beforeEach(() => {
    localStorage.clear()
    restoreLocale()
  })

  it('speaks Chinese by default', () => {
    expect(locale.value).toBe('zh-CN')
    expect(t('nav.map')).toBe('一张图')
    expect(elementLocale.value.name).toBe('zh-cn')
  })

  it('switches to English, persists the choice and switches Element Plus too', () => {
    setLocale('en')
    expect(t('nav.map')).toBe('Map')
    expect(localStorage.getItem(STORAGE_KEY)).toBe('en')
    expect(elementLocale.value.name).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('restores the stored language on start-up and ignores unknown values', () => {
    localStorage.setItem(STORAGE_KEY, 'en')
    expect(restoreLocale()).toBe('en')
    localStorage.setItem(STORAGE_KEY, 'fr')
    expect(restoreLocale()).toBe('zh-CN')
  })

  it('fills placeholders', () => {
    setLocale('en')
    expect(t('common.total', { n: 42 })).toBe('42 in total')
  })

  it('has an English text for every Chinese key', () => {
    const missing = Object.keys(zhCN).filter((key) => !(key in en) || !en[key as keyof typeof en])
    expect(missing).toEqual([])
  })

  it('formats dates in the console language, whatever the browser speaks', () => {
    const at = new Date('2026-11-23T14:04:05Z')
    expect(at.toLocaleDateString(dateLocale(), { timeZone: 'Asia/Shanghai' })).toBe('2026/11/23')
    setLocale('en')
    expect(at.toLocaleDateString(dateLocale(), { timeZone: 'Asia/Shanghai' })).toBe('23/11/2026')
  })
})

describe('the catalogue assembled from the modules', () => {
  /** Key prefixes a catalogue may define besides its own name (the shell's common words, region's levels). */
  const PREFIXES: Record<string, string[]> = {
    shell: ['product', 'productShort', 'lang', 'common', 'header', 'nav', 'notFound'],
    region: ['region', 'regions', 'map', 'overview', 'level'],
    organisation: ['org', 'responsibility', 'role'],
    identity: ['login'],
  }

  it('has each key from exactly one module', () => {
    const owners = new Map<string, string[]>()
    for (const c of catalogues) for (const key of Object.keys(c.zh)) owners.set(key, [...(owners.get(key) ?? []), c.owner])
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([])
  })

  it('keeps each module to keys under its own name', () => {
    const strays = catalogues.flatMap((c) =>
      Object.keys(c.zh)
        .filter((key) => !(PREFIXES[c.owner] ?? [c.owner]).includes(key.split('.')[0]))
        .map((key) => `${c.owner}: ${key}`),
    )
    expect(strays).toEqual([])
  })

  it('has an English text for every Chinese key of every module', () => {
    for (const c of catalogues) expect(Object.keys(c.en).sort(), c.owner).toEqual(Object.keys(c.zh).sort())
  })
})
