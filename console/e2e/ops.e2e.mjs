#!/usr/bin/env node
// Browser test of the monitoring, warning and notification console against a running platform, with Debian's Chromium.
//
//   node e2e/ops.e2e.mjs --base http://127.0.0.1:8080 --out /tmp/shots [--drafter duty.futian] [--approver duty.city]
//        [--recipient street.fubao] [--streets 440304010,440304004] [--password '...'] [--timeout 60000]
//
// 1. Desktop (1440×900): the drafter (a district duty officer) drafts a rainstorm warning for two streets from the
//    area tree, addressed to responsible persons and duty officers; the detail shows the recipient preview and tells
//    the drafter that someone else must approve.
// 2. The approver (city duty officer) approves and issues it; the detail then shows delivery progress, live.
// 3. Phone (390×844): the recipient (the street's duty officer) sees the warning arrive on their stream and
//    acknowledges it; the approver's detail page shows the acknowledgement without a reload.
// 4. The monitoring pages (station map, alarms, water levels) are photographed.
// Prints "WARNING_ID=<uuid>" for the caller. Screenshots go to --out. Exit 0 on success, 1 naming the failed step,
// 2 for bad arguments.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    out: { type: 'string' },
    drafter: { type: 'string', default: 'duty.futian' },
    approver: { type: 'string', default: 'duty.city' },
    recipient: { type: 'string', default: 'street.fubao' },
    streets: { type: 'string', default: '福保街道,福田街道' },
    password: { type: 'string', default: process.env.FOREWARN_DEMO_PASSWORD ?? 'Forewarn#2026' },
    timeout: { type: 'string', default: '60000' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
})

for (const name of ['base', 'out']) {
  if (!args[name]) {
    console.error(`missing --${name}\nusage: node e2e/ops.e2e.mjs --base URL --out DIR [--drafter U] [--approver U] [--recipient U] [--streets 名称,名称]`)
    process.exit(2)
  }
}

const base = args.base.replace(/\/+$/, '')
const out = resolve(args.out)
const timeout = Number(args.timeout)
mkdirSync(out, { recursive: true })

const field = (id) => `input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`

let currentStep = 'start'
const log = (message) => console.log(`[ops-e2e] ${message}`)
async function step(name, action) {
  currentStep = name
  const started = Date.now()
  await action()
  log(`ok   ${name} (${Date.now() - started} ms)`)
}

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
  ],
})

const pageErrors = []
const failedRequests = []
/** Refusals a step provokes on purpose; any other 4xx answer to the console is a bug in the console. */
const expectedRefusals = []

async function newPage(options) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options })
  const page = await context.newPage()
  page.setDefaultTimeout(timeout)
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') log(`browser console error: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 500) failedRequests.push(`${response.status()} ${response.url()}`)
    else if (response.url().includes('/api/') && response.status() >= 400) {
      const what = `${response.status()} ${response.request().method()} ${response.url()}`
      if (expectedRefusals.some((pattern) => pattern.test(what))) log(`refused as intended: ${what}`)
      else failedRequests.push(what)
    }
  })
  // The console must work offline: any request leaving the platform is a failure.
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    failedRequests.push(`external request blocked: ${url}`)
    return route.abort()
  })
  return page
}

async function logIn(page, user) {
  await page.locator(field('login-username')).waitFor()
  await page.locator(field('login-username')).fill(user)
  await page.locator(field('login-password')).fill(args.password)
  await page.getByTestId('login-submit').click()
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/login')),
    page
      .getByTestId('login-error')
      .waitFor()
      .then(async () => {
        throw new Error(`login of ${user} refused: ${await page.getByTestId('login-error').innerText()}`)
      }),
  ])
}

async function noHorizontalScroll(page, what) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }))
  if (widths.scroll > widths.view + 1) throw new Error(`${what} scrolls sideways on a phone: ${widths.scroll}px wide in a ${widths.view}px view`)
}

/** A screenshot; full-page ones from the top, so a sticky header does not cover the first lines. */
async function shoot(page, name, fullPage = false) {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(out, name), fullPage })
}


async function signIn(page, user, path) {
  await page.goto(`${base}${path}`)
  await page.waitForURL((url) => url.pathname === '/login')
  await logIn(page, user)
  await page.waitForURL((url) => url.pathname === path.split('?')[0])
}

const number = async (page, testId) => Number((await page.getByTestId(testId).innerText()).replace(/[^0-9]/g, ''))

let exitCode = 0
let lastPage = null
let warningId = null
try {
  const streets = args.streets.split(',').map((s) => s.trim()).filter(Boolean)

  // ---- 1. the drafter ----------------------------------------------------------------------------------------
  const drafter = await newPage({ viewport: { width: 1440, height: 900 } })
  lastPage = drafter
  await step(`desktop: ${args.drafter} opens the warning editor from the menu`, async () => {
    await signIn(drafter, args.drafter, '/warnings')
    await drafter.getByTestId('warning-list-page').waitFor()
    await drafter.getByTestId('warning-new').click()
    await drafter.waitForURL((url) => url.pathname === '/warnings/new')
    await drafter.getByTestId('warning-editor').waitFor()
  })

  await step(`desktop: drafts an orange rainstorm warning for ${streets.join('、')}`, async () => {
    await drafter.getByTestId('warning-colour-ORANGE').click()
    await drafter.locator(field('warning-headline')).fill('福田区暴雨橙色预警（浏览器测试）')
    await drafter.getByTestId('warning-areas').locator('.el-cascader').click()
    const district = drafter.locator('.el-cascader-node', { hasText: '福田区' }).first()
    await district.locator('.el-cascader-node__label').click()
    for (const street of streets) {
      const node = drafter.locator('.el-cascader-node', { hasText: street }).first()
      await node.waitFor()
      await node.locator('.el-checkbox').click()
    }
    await drafter.keyboard.press('Escape')
    await drafter.locator(field('warning-instruction')).fill('请立即巡查低洼易涝点、地下空间和在建工地，做好人员转移准备。')
    await drafter.getByTestId('warning-audience-DUTY_OFFICER').click()
    await drafter.waitForTimeout(300)
    await shoot(drafter, 'warning-editor.png', true)
    await drafter.getByTestId('warning-save').click()
    await drafter.waitForURL((url) => /^\/warnings\/[0-9a-f-]{36}$/.test(url.pathname))
    warningId = drafter.url().split('/').pop()
    console.log(`WARNING_ID=${warningId}`)
  })

  await step('desktop: the draft shows its recipient preview and the four-eyes rule', async () => {
    await drafter.getByTestId('recipient-preview').waitFor()
    const total = await number(drafter, 'recipient-preview-total')
    if (!(total > 0)) throw new Error(`the preview counts ${total} recipients`)
    log(`recipient preview: ${total}`)
    await drafter.getByTestId('warning-four-eyes').waitFor()
    if (await drafter.getByTestId('warning-action-approve').count()) throw new Error('the drafter is offered approval of their own warning')
    await shoot(drafter, 'warning-draft.png', true)
  })

  // ---- 2. the approver ---------------------------------------------------------------------------------------
  const approver = await newPage({ viewport: { width: 1440, height: 900 } })
  lastPage = approver
  await step(`desktop: ${args.approver} approves and issues the warning`, async () => {
    await signIn(approver, args.approver, `/warnings/${warningId}`)
    await approver.getByTestId('warning-action-approve').click()
    await approver.getByTestId('warning-action-issue').waitFor()
    await approver.getByTestId('warning-action-issue').click()
    await approver.locator('.el-message-box').getByRole('button', { name: '发布' }).click()
    await approver.getByTestId('delivery-progress').waitFor()
    await approver.waitForFunction(() => document.querySelector('[data-testid="warning-status"]')?.textContent?.includes('已发布'))
    await approver.getByTestId('delivery-live').waitFor()
    await approver.waitForFunction(() => Number(document.querySelector('[data-testid="delivery-sent"]')?.textContent) > 0)
    await shoot(approver, 'warning-issued.png', true)
  })

  // ---- 3. the recipient on a phone ---------------------------------------------------------------------------
  const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  lastPage = phone
  let acknowledgedBefore = 0
  await step(`phone: ${args.recipient} sees the warning on their live stream`, async () => {
    acknowledgedBefore = await number(approver, 'delivery-acknowledged')
    await signIn(phone, args.recipient, '/warnings/mobile')
    await phone.getByTestId(`notice-${warningId}`).waitFor()
    await phone.waitForFunction(() => document.querySelector('[data-testid="stream-state"]')?.classList.contains('on'))
    await noHorizontalScroll(phone, 'the notifications page')
    await shoot(phone, 'phone-notifications.png')
  })

  await step('phone: acknowledges it', async () => {
    await phone.getByTestId(`notice-${warningId}`).getByTestId('notice-ack').click()
    await phone.getByTestId(`notice-${warningId}`).getByTestId('notice-acknowledged').waitFor()
    await phone.waitForTimeout(300)
    await shoot(phone, 'phone-acknowledged.png')
  })

  lastPage = approver
  await step('desktop: the acknowledgement appears on the delivery progress without a reload', async () => {
    await approver.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="delivery-acknowledged"]')?.textContent) > before,
      acknowledgedBefore,
      { timeout: 15000 },
    )
    await shoot(approver, 'warning-acknowledged.png', true)
  })

  // ---- 4. monitoring -----------------------------------------------------------------------------------------
  await step("desktop: the monitoring map shows the stations by state and a station's readings", async () => {
    await approver.goto(`${base}/monitoring/map`)
    await approver.waitForFunction(() => window.__forewarnStationMap?.loaded === true)
    const probe = await approver.evaluate(() => window.__forewarnStationMap)
    log(`stations on the map: ${probe.stations}, in alarm: ${probe.alarm}`)
    if (!(probe.stations > 0)) throw new Error('no stations on the monitoring map')
    await approver.evaluate(() => window.__forewarnStationMap.select(window.__forewarnStationMap.firstAlarm ?? window.__forewarnStationMap.first))
    await approver.getByTestId('station-panel').waitFor()
    await approver.locator('[data-testid="station-panel"] .el-loading-mask').waitFor({ state: 'detached', timeout: 30000 }).catch(() => {})
    await approver.waitForTimeout(1000)
    await shoot(approver, 'monitoring-map.png')
  })

  await step('desktop: the alarm list and the water levels', async () => {
    await approver.getByTestId('monitoring-tab-alarms').click()
    await approver.getByTestId('alarm-list-page').waitFor()
    await approver.waitForTimeout(1000)
    await shoot(approver, 'monitoring-alarms.png')
    await approver.getByTestId('monitoring-tab-levels').click()
    await approver.getByTestId('levels-table').waitFor()
    await approver.waitForTimeout(800)
    const firstRow = approver.locator('[data-testid="levels-table"] .el-table__row').first()
    await firstRow.click()
    await approver.getByTestId('level-chart').waitFor()
    await approver.waitForTimeout(1200)
    await shoot(approver, 'monitoring-levels.png')
  })

  if (pageErrors.length) throw new Error(`uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`)
  if (failedRequests.length) throw new Error(`failed requests:\n  ${failedRequests.join('\n  ')}`)
  log(`PASS: screenshots in ${out}`)
} catch (error) {
  exitCode = 1
  console.error(`[ops-e2e] FAIL at step "${currentStep}": ${error instanceof Error ? error.message : error}`)
  if (lastPage) {
    await shoot(lastPage, 'failure.png', true).catch(() => {})
    console.error(`[ops-e2e] page at failure: ${lastPage.url()} (screenshot failure.png)`)
  }
  if (pageErrors.length) console.error(`[ops-e2e] page errors:\n  ${pageErrors.join('\n  ')}`)
  if (failedRequests.length) console.error(`[ops-e2e] failed requests:\n  ${failedRequests.join('\n  ')}`)
} finally {
  await browser.close().catch(() => {})
}
process.exit(exitCode)
