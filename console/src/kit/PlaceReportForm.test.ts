import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, h, nextTick, type App } from 'vue'
import ElementPlus from 'element-plus'
import { setLocale } from '@/i18n'
import PlaceReportForm, { type PlaceReport } from './PlaceReportForm.vue'

// The form mounted for real (Element Plus, happy-dom), as the public tip page uses it: no login, so no region
// layers and, without a tile source, no map — the address stands for the place.
let app: App | null = null

function mount(failure: string | null = null) {
  const sent: PlaceReport[] = []
  const root = document.createElement('div')
  document.body.appendChild(root)
  app = createApp({
    render: () =>
      h(PlaceReportForm, {
        testid: 'tip',
        texts: 'public',
        regions: false,
        sending: false,
        failure,
        onSubmit: (report: PlaceReport) => sent.push(report),
      }),
  })
  app.use(ElementPlus).mount(root)
  return { root, sent }
}

/** Lets Vue render and the form's validation (promise-based) finish: no timer, only pending promises. */
async function settle() {
  for (let i = 0; i < 10; i++) {
    await nextTick()
    await Promise.resolve()
  }
}

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  element.value = value
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

function submit(root: HTMLElement) {
  root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
}

beforeEach(() => {
  // no platform behind the test: the location picker's look-up of a tile source fails, as offline
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
})

afterEach(() => {
  vi.unstubAllGlobals()
  app?.unmount()
  app = null
  document.body.innerHTML = ''
  setLocale('zh-CN')
})

describe('the report form shared by staff and citizens', () => {
  it('asks for what and where before anything is sent', async () => {
    const { root, sent } = mount()
    await settle()
    submit(root)
    await settle()
    const complaints = [...root.querySelectorAll('[data-testid="report-complaint"]')].map((e) => e.textContent?.trim())
    expect(complaints).toEqual(['请描述隐患', '请在地图上选点、使用当前位置或填写地址'])
    expect(sent).toEqual([])
  })

  it('hands over the trimmed description and the address once both are given', async () => {
    const { root, sent } = mount()
    await settle()
    type(root.querySelector('textarea[data-testid="tip-description"]')!, '  楼道内电动车违规充电  ')
    const address = [...root.querySelectorAll('input')].find((i) => i.placeholder.includes('街道'))!
    type(address, ' 福田区华富街道 3 栋 ')
    await settle()
    submit(root)
    await settle()
    expect(sent).toEqual([{ description: '楼道内电动车违规充电', point: null, address: '福田区华富街道 3 栋', photos: [] }])
    expect(root.querySelectorAll('[data-testid="report-complaint"]')).toHaveLength(0)
  })

  it('labels the fields with the page’s own texts and shows the page’s failure', async () => {
    const { root } = mount('提交过于频繁，请稍后再试')
    await settle()
    expect(root.querySelector('[data-testid="tip-submit"]')?.textContent?.trim()).toBe('提交举报')
    expect(root.textContent).toContain('照片（选填，最多 6 张）')
    expect(root.querySelector('[data-testid="tip-failure"]')?.textContent).toContain('提交过于频繁')
  })
})
