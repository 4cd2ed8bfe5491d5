#!/usr/bin/env node
// Browser test of the hazard loop's console (防范—核查) against a running platform, with Debian's Chromium.
//
//   node e2e/hazard.e2e.mjs --base http://127.0.0.1:8080 --out /tmp/shots --order <uuid> --code <YH…>
//        [--grid-user grid.futian] [--desk-user duty.futian] [--password '...'] [--timeout 60000]
//
// --order is a disposal order in VERIFYING inside the grid worker's grid (HazardBrowserTests prepares one).
// 1. Phone (390×844): the grid worker logs in, finds the order among their open orders, opens it, attaches a
//    photo through the camera input, confirms the hazard and submits; the page then shows 整改中.
// 2. Desktop (1440×900): the dispatcher's inbox, the order (timeline with the photo), the hazard map, the
//    statistics and the Heinrich view are photographed.
// 3. Public, no login (390×844): a tip-off with a map click and a photo gives a tracking code, which the tracking
//    page finds.
// Screenshots go to --out. Exit 0 on success, 1 naming the failed step, 2 for bad arguments.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { deflateSync } from 'node:zlib'
import { chromium } from 'playwright-core'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    out: { type: 'string' },
    order: { type: 'string' },
    code: { type: 'string' },
    'grid-user': { type: 'string', default: 'grid.futian' },
    'desk-user': { type: 'string', default: 'duty.futian' },
    password: { type: 'string', default: process.env.FOREWARN_DEMO_PASSWORD ?? 'Forewarn#2026' },
    timeout: { type: 'string', default: '60000' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
})

for (const name of ['base', 'out', 'order', 'code']) {
  if (!args[name]) {
    console.error(`missing --${name}\nusage: node e2e/hazard.e2e.mjs --base URL --out DIR --order UUID --code CODE [--grid-user U] [--desk-user U] [--password P]`)
    process.exit(2)
  }
}

const base = args.base.replace(/\/+$/, '')
const out = resolve(args.out)
const timeout = Number(args.timeout)
mkdirSync(out, { recursive: true })

const field = (id) => `input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`

let currentStep = 'start'
const log = (message) => console.log(`[hazard-e2e] ${message}`)
async function step(name, action) {
  currentStep = name
  const started = Date.now()
  await action()
  log(`ok   ${name} (${Date.now() - started} ms)`)
}

/** A real PNG (a 160×120 gradient with a diagonal band), so the browser can decode and show the preview. */
function samplePng(width = 160, height = 120) {
  const rows = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width; x++) {
      const band = Math.abs(x - y * 1.3) < 10
      row[1 + x * 3] = band ? 220 : 60 + x
      row[2 + x * 3] = band ? 40 : 90 + y
      row[3 + x * 3] = band ? 40 : 140
    }
    rows.push(row)
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buffer) => {
    let c = 0xffffffff
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const photoPath = join(out, 'site-photo.png')
writeFileSync(photoPath, samplePng())

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

/** Waits until every photo thumbnail on the page has been fetched and decoded. */
async function photosShown(page, minimum = 1) {
  await page.waitForFunction(
    (n) => {
      const images = [...document.querySelectorAll('[data-testid="photo-thumb"] img')]
      return images.length >= n && images.every((img) => img.complete && img.naturalWidth > 0)
    },
    minimum,
  )
}

let exitCode = 0
let lastPage = null
try {
  // ---- 1. the grid worker on a phone -------------------------------------------------------------------------
  const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  lastPage = phone

  await step('phone: the mobile page asks for a login and comes back after it', async () => {
    await phone.goto(`${base}/hazards/mobile`)
    await phone.waitForURL((url) => url.pathname === '/login')
    await logIn(phone, args['grid-user'])
    await phone.waitForURL((url) => url.pathname === '/hazards/mobile')
  })

  await step(`phone: order ${args.code} is among the grid worker's open orders`, async () => {
    await phone.getByTestId(`mobile-order-${args.code}`).waitFor()
    await noHorizontalScroll(phone, 'the order list')
    await shoot(phone, 'mobile-orders.png')
  })

  await step('phone: the order opens with the on-site check form', async () => {
    await phone.getByTestId(`mobile-order-${args.code}`).click()
    await phone.waitForURL((url) => url.pathname === `/hazards/mobile/orders/${args.order}`)
    await phone.getByTestId('action-form-verify').waitFor()
    await noHorizontalScroll(phone, 'the order page')
    await shoot(phone, 'mobile-order.png')
  })

  await step('phone: a photo is attached through the camera input and the hazard confirmed', async () => {
    const input = phone.locator('[data-testid="action-form-verify"] input[data-testid="photo-input"]')
    const capture = await input.getAttribute('capture')
    if (capture !== 'environment') throw new Error(`photo input should open the rear camera, capture="${capture}"`)
    await input.setInputFiles(photoPath)
    await phone.locator('[data-testid="action-form-verify"] [data-testid="photo-preview"] img').waitFor()
    await phone.getByTestId('outcome-CONFIRMED').click()
    await phone
      .locator('[data-testid="action-form-verify"] textarea[data-testid="field-note"], [data-testid="action-form-verify"] [data-testid="field-note"] textarea')
      .first()
      .fill('现场核查属实：燃气管道接口处有燃气味，已通知物业关闭阀门并设置警示。')
    await shoot(phone, 'mobile-verify.png', true)
  })

  await step('phone: the check is submitted and the order moves to 整改中', async () => {
    await phone.getByTestId('action-submit').click()
    await phone.locator('[data-testid="mobile-order"] [data-testid="status-tag"][data-status="RECTIFYING"]').first().waitFor()
    await photosShown(phone)
    await noHorizontalScroll(phone, 'the verified order')
    await shoot(phone, 'mobile-verified.png', true)
  })

  await step('phone: the report form offers GPS and the camera', async () => {
    await phone.goto(`${base}/hazards/mobile/report`)
    await phone.getByTestId('report-form').waitFor()
    await phone.locator('[data-testid="report-form"] input[data-testid="photo-input"]').waitFor({ state: 'attached' })
    await phone.locator('[data-testid="location-map"] canvas').waitFor()
    await noHorizontalScroll(phone, 'the report form')
    await phone.waitForTimeout(800)
    await shoot(phone, 'mobile-report.png', true)
  })

  // ---- 2. the dispatcher at a desk ----------------------------------------------------------------------------
  const desk = await newPage({ viewport: { width: 1440, height: 900 } })
  lastPage = desk

  await step('desk: the dispatcher logs in and the hazard menu entry opens the inbox', async () => {
    await desk.goto(`${base}/login`)
    await logIn(desk, args['desk-user'])
    await desk.getByTestId('nav-hazards').click()
    await desk.waitForURL((url) => url.pathname === '/hazards/inbox')
    await desk.getByTestId('hazard-inbox').waitFor()
  })

  await step('desk: the territory inbox lists the order with its status, grade and countdown', async () => {
    const territory = desk.getByTestId('inbox-territory')
    if (await territory.count()) await territory.click()
    await desk.locator('[data-testid="orders-table"] .el-table__row').first().waitFor()
    await desk.waitForTimeout(300)
    await shoot(desk, 'hazard-inbox.png')
    // the demo year fills the territory with orders: look the new one up by its code
    await desk.locator(field('filter-q')).fill(args.code)
    await desk.locator(field('filter-q')).press('Enter')
    const row = desk.locator('[data-testid="orders-table"] .el-table__row', { hasText: args.code })
    await row.waitFor()
    const text = (await row.innerText()).replace(/\s+/g, ' ')
    if (!text.includes('整改中')) throw new Error(`inbox row does not show 整改中: ${text}`)
    log(`inbox row: ${text}`)
  })

  await step('desk: the order page shows the timeline with the verification photo and the point map', async () => {
    await desk.locator('[data-testid="orders-table"] .el-table__row', { hasText: args.code }).click()
    await desk.waitForURL((url) => url.pathname === `/hazards/orders/${args.order}`)
    await desk.getByTestId('order-timeline').waitFor()
    const verify = desk.locator('[data-testid="timeline-step"]', { hasText: '核查' }).first()
    await verify.waitFor()
    await photosShown(desk, 2) // the photo shows in the gallery and in the timeline step
    await desk.locator('[data-testid="point-map"] canvas').waitFor()
    await desk.waitForTimeout(1500) // the point map draws its region layers
    // the console scrolls inside its main area: a tall window shows the whole order
    await desk.setViewportSize({ width: 1440, height: 1500 })
    await desk.waitForTimeout(500)
    await shoot(desk, 'hazard-order.png')
    await desk.setViewportSize({ width: 1440, height: 900 })
  })

  await step('desk: an action dialog opens from the allowed actions', async () => {
    const supervise = desk.getByTestId('order-action-supervise')
    const reassign = desk.getByTestId('order-action-reassign')
    const button = (await supervise.count()) ? supervise : (await reassign.count()) ? reassign : null
    if (!button) {
      log('no dialog action offered to the desk user on this order')
      return
    }
    await button.click()
    await desk.locator('[data-testid="action-dialog"]').waitFor()
    await desk.locator('[data-testid="action-dialog"] [data-testid="action-submit"]').click()
    // the note is required: the dialog complains instead of sending
    await desk.getByTestId('action-complaint').first().waitFor()
    await shoot(desk, 'hazard-action-dialog.png')
    await desk.keyboard.press('Escape')
    await desk.locator('[data-testid="action-dialog"]').waitFor({ state: 'hidden' })
  })

  await step('desk: a 督办 shows its yellow flag on the order timeline', async () => {
    if (!(await desk.getByTestId('order-action-supervise').count())) {
      log('督办 not offered to the desk user on this order: flag step skipped')
      return
    }
    const status = await desk.evaluate(async (id) => {
      const response = await fetch(`/api/disposal-orders/${id}/supervise`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${localStorage.getItem('forewarn.token')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ note: '请加快整改进度，本周内完成。' }),
      })
      return response.status
    }, args.order)
    if (status !== 200) throw new Error(`督办 answered ${status}`)
    await desk.reload()
    const flag = desk.locator('[data-testid="timeline-step"] [data-testid="supervision-flag"]').first()
    await flag.waitFor()
    const text = (await flag.innerText()).trim()
    if (!text.includes('督办')) throw new Error(`timeline flag does not say 督办: ${text}`)
    log(`timeline flag: ${text}`)
    await desk.setViewportSize({ width: 1440, height: 1500 })
    await desk.waitForTimeout(800)
    await shoot(desk, 'hazard-order-supervised.png')
    await desk.setViewportSize({ width: 1440, height: 900 })
  })

  await step('desk: a move on an order that changed meanwhile is refused (409) and explained', async () => {
    // another order being rectified in the territory; someone else submits it while our dialog is open
    const other = await desk.evaluate(async (exclude) => {
      const headers = { Authorization: `Bearer ${localStorage.getItem('forewarn.token')}` }
      const page = await (await fetch('/api/disposal-orders?inbox=territory&status=RECTIFYING&size=20', { headers })).json()
      return page.items.find((o) => o.id !== exclude)?.id ?? null
    }, args.order)
    if (!other) {
      log('no other order being rectified: conflict step skipped')
      return
    }
    expectedRefusals.push(new RegExp(`^409 POST .*/api/disposal-orders/${other}/rectify$`))
    await desk.goto(`${base}/hazards/orders/${other}`)
    await desk.getByTestId('order-action-rectify').click()
    await desk.locator('[data-testid="action-dialog"] textarea[data-testid="field-note"], [data-testid="action-dialog"] [data-testid="field-note"] textarea').first()
      .fill('已更换老化线路，剩余部分明日完成。')
    const moved = await desk.evaluate(async (id) => {
      const response = await fetch(`/api/disposal-orders/${id}/submit`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${localStorage.getItem('forewarn.token')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ note: '整改完成（另一处提交）', photoIds: [] }),
      })
      return response.status
    }, other)
    if (moved !== 200) throw new Error(`submitting the other order through the API answered ${moved}`)
    await desk.locator('[data-testid="action-dialog"] [data-testid="action-submit"]').click()
    const failure = desk.locator('[data-testid="action-dialog"] [data-testid="action-failure"]')
    await failure.waitFor()
    const text = (await failure.innerText()).replace(/\s+/g, ' ')
    if (!text.includes('处置单状态已变化') || !text.includes('REVIEW')) throw new Error(`conflict shown as: ${text}`)
    log(`conflict: ${text}`)
    await shoot(desk, 'hazard-conflict.png')
    await failure.getByRole('button').click() // reload the order
    await desk.locator('[data-testid="action-dialog"]').waitFor({ state: 'hidden' })
    await desk.locator('[data-testid="order-page"] [data-testid="status-tag"][data-status="REVIEW"]').first().waitFor()
  })

  await step('desk: the hazard map draws the open orders', async () => {
    await desk.getByTestId('hazard-tab-map').click()
    await desk.waitForURL((url) => url.pathname === '/hazards/map')
    await desk.waitForFunction(() => window.__forewarnHazardMap?.loaded === true)
    const points = await desk.evaluate(() => window.__forewarnHazardMap.points)
    if (!(points >= 1)) throw new Error(`hazard map shows ${points} points`)
    log(`hazard map: ${points} open orders`)
    await desk.waitForTimeout(1500)
    await shoot(desk, 'hazard-map.png')
  })

  await step('desk: the statistics draw their charts', async () => {
    await desk.getByTestId('hazard-tab-stats').click()
    await desk.waitForURL((url) => url.pathname === '/hazards/stats')
    await desk.locator('[data-testid="chart-channel"] canvas').waitFor()
    await desk.locator('[data-testid="chart-category"] canvas').waitFor()
    const orders = Number((await desk.getByTestId('stat-orders').innerText()).replace(/\D/g, ''))
    if (!(orders >= 1)) throw new Error(`statistics count ${orders} orders`)
    await desk.setViewportSize({ width: 1440, height: 2000 })
    await desk.waitForTimeout(1200) // the charts resize and animate in
    await shoot(desk, 'hazard-stats.png')
    await desk.setViewportSize({ width: 1440, height: 900 })
  })

  await step('desk: the Heinrich view draws the pyramid', async () => {
    await desk.getByTestId('hazard-tab-heinrich').click()
    await desk.waitForURL((url) => url.pathname === '/hazards/heinrich')
    await desk.locator('[data-testid="heinrich-pyramid"] canvas').waitFor()
    await desk.waitForTimeout(1000)
    await shoot(desk, 'hazard-heinrich.png')
  })

  await step('desk: the report form offers the map, GPS and photos', async () => {
    await desk.getByTestId('hazard-tab-report').click()
    await desk.getByTestId('report-form').waitFor()
    await desk.locator('[data-testid="location-map"] canvas').waitFor()
    await desk.waitForTimeout(800)
    await shoot(desk, 'hazard-report.png', true)
  })

  await step('desk: English labels', async () => {
    await desk.getByTestId('hazard-tab-inbox').click()
    await desk.getByTestId('lang-en').click()
    await desk.waitForFunction(() => document.querySelector('[data-testid="nav-hazards"]')?.textContent?.trim() === 'Hazards')
    await desk.waitForFunction(() => document.querySelector('[data-testid="orders-table"] .el-table__header')?.textContent?.includes('Step deadline'))
    // the dispatch queue may well be empty: the territory shows rows in English
    const territory = desk.getByTestId('inbox-territory')
    if (await territory.count()) {
      await territory.click()
      await desk.locator('[data-testid="orders-table"] .el-table__row').first().waitFor()
    }
    await desk.waitForTimeout(300)
    await shoot(desk, 'hazard-inbox-en.png')
    await desk.getByTestId('lang-zh-CN').click()
  })

  // ---- 3. a citizen, no login -----------------------------------------------------------------------------
  // a phone that knows where it is: 莲花山公园东门 in 福田区
  const citizen = await newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    geolocation: { latitude: 22.5532, longitude: 114.0621, accuracy: 12 },
    permissions: ['geolocation'],
  })
  lastPage = citizen
  let trackingCode = null

  await step('public: the tip-off page opens without a login', async () => {
    await citizen.goto(`${base}/public/tip`)
    await citizen.getByTestId('public-tip-page').waitFor()
    // without login there are no region layers; without a configured tile source the map is left out
    await citizen.locator('[data-testid="location-map"] canvas, [data-testid="no-base-map"]').first().waitFor()
    await noHorizontalScroll(citizen, 'the public tip page')
    await citizen.waitForTimeout(500)
    await shoot(citizen, 'public-tip.png', true)
  })

  await step('public: a tip placed by GPS (or a map click) with a photo gets a tracking code', async () => {
    await citizen.locator(field('tip-description')).fill('莲花山公园东门外人行道上的路灯杆倾斜，底座松动，有倒伏危险。')
    if (await citizen.getByTestId('location-map').count()) {
      const map = await citizen.getByTestId('location-map').boundingBox()
      await citizen.mouse.click(map.x + map.width * 0.45, map.y + map.height * 0.55)
    } else {
      await citizen.getByTestId('use-gps').click()
    }
    await citizen.getByTestId('picked-point').waitFor()
    log(`tip placed at ${(await citizen.getByTestId('picked-point').innerText()).replace(/\s+/g, ' ')}`)
    await citizen.locator('[data-testid="public-tip-page"] input[data-testid="photo-input"]').setInputFiles(photoPath)
    await citizen.locator('[data-testid="photo-preview"] img').waitFor()
    await citizen.getByTestId('tip-submit').click()
    await Promise.race([
      citizen.getByTestId('tracking-code').waitFor(),
      citizen
        .getByTestId('tip-failure')
        .waitFor()
        .then(async () => {
          throw new Error(`tip refused: ${await citizen.getByTestId('tip-failure').innerText()}`)
        }),
    ])
    trackingCode = (await citizen.getByTestId('tracking-code').innerText()).trim()
    log(`tracking code: ${trackingCode}`)
    await shoot(citizen, 'public-tip-received.png', true)
  })

  await step('public: the tracking page shows the status steps', async () => {
    await citizen.getByRole('button', { name: '查询办理进度' }).click()
    await citizen.waitForURL((url) => url.pathname === `/public/track/${trackingCode}`)
    await citizen.getByTestId('track-result').waitFor()
    const status = (await citizen.getByTestId('track-status').innerText()).trim()
    log(`tracked status: ${status}`)
    await noHorizontalScroll(citizen, 'the tracking page')
    await citizen.waitForTimeout(300)
    await shoot(citizen, 'public-track.png', true)
  })

  if (pageErrors.length) throw new Error(`uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`)
  if (failedRequests.length) throw new Error(`failed requests:\n  ${failedRequests.join('\n  ')}`)
  log(`PASS: screenshots in ${out}`)
} catch (error) {
  exitCode = 1
  console.error(`[hazard-e2e] FAIL at step "${currentStep}": ${error instanceof Error ? error.message : error}`)
  if (lastPage) {
    await shoot(lastPage, 'failure.png', true).catch(() => {})
    console.error(`[hazard-e2e] page at failure: ${lastPage.url()} (screenshot failure.png)`)
  }
  if (pageErrors.length) console.error(`[hazard-e2e] page errors:\n  ${pageErrors.join('\n  ')}`)
  if (failedRequests.length) console.error(`[hazard-e2e] failed requests:\n  ${failedRequests.join('\n  ')}`)
} finally {
  await browser.close().catch(() => {})
}
process.exit(exitCode)
