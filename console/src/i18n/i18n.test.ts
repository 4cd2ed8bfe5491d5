import { beforeEach, describe, expect, it } from 'vitest'
import { dateLocale, elementLocale, locale, restoreLocale, setLocale, STORAGE_KEY, t } from './index'
import { en, zhCN } from './messages'

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
