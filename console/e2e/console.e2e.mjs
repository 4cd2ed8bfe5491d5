#!/usr/bin/env node
// Browser test of the console against a running platform, with Debian's Chromium via playwright-core.
//
//   node e2e/console.e2e.mjs --base http://127.0.0.1:8080 --out /tmp/shots --user admin --password '...'
//        [--districts 11] [--timeout 60000] [--chromium /usr/bin/chromium]
//
// Logs in through the UI, checks the header shows the user, opens the overview, the map (waits until
// the district layer is drawn), zooms in to streets, opens the region tree and switches to English.
// Saves login.png, overview.png, map.png, map-zoomed.png, regions.png into --out. Exit 0 on success,
// 1 with a message naming the failed step otherwise, 2 for bad arguments.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    out: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    districts: { type: 'string', default: '11' },
    timeout: { type: 'string', default: '60000' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
})

for (const name of ['base', 'out', 'user', 'password']) {
  if (!args[name]) {
    console.error(`missing --${name}\nusage: node e2e/console.e2e.mjs --base URL --out DIR --user U --password P [--districts N]`)
    process.exit(2)
  }
}

const base = args.base.replace(/\/+$/, '')
const out = resolve(args.out)
const expectedDistricts = Number(args.districts)
const timeout = Number(args.timeout)
mkdirSync(out, { recursive: true })

/** Element Plus puts attributes on the native input of an ElInput; accept either place. */
const field = (id) => `input[data-testid="${id}"], [data-testid="${id}"] input`

let currentStep = 'start'
const log = (message) => console.log(`[e2e] ${message}`)
async function step(name, action) {
  currentStep = name
  const started = Date.now()
  await action()
  log(`ok   ${name} (${Date.now() - started} ms)`)
}

const profile = mkdtempSync(join(tmpdir(), 'forewarn-e2e-'))
// A persistent context is how playwright takes a fresh --user-data-dir (it refuses the raw flag).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: args.chromium,
  headless: true,
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // WebGL for MapLibre without a GPU: Chromium's software rasteriser.
    '--enable-unsafe-swiftshader',
    '--use-angle=swiftshader',
  ],
})

const pageErrors = []
const failedRequests = []
let exitCode = 0
try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(timeout)
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') log(`browser console error: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 500) {
      failedRequests.push(`${response.status()} ${response.url()}`)
    }
  })
  // The console must work offline: any request leaving the platform is a failure.
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    failedRequests.push(`external request blocked: ${url}`)
    return route.abort()
  })

  await step('login page', async () => {
    await page.goto(`${base}/login`)
    await page.locator(field('login-username')).waitFor()
    await page.screenshot({ path: join(out, 'login.png') })
  })

  await step('log in through the form', async () => {
    await page.locator(field('login-username')).fill(args.user)
    await page.locator(field('login-password')).fill(args.password)
    await page.getByTestId('login-submit').click()
    await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith('/login')),
      page
        .getByTestId('login-error')
        .waitFor()
        .then(async () => {
          throw new Error(`login refused: ${await page.getByTestId('login-error').innerText()}`)
        }),
    ])
  })

  await step('header shows the signed-in user', async () => {
    const header = page.getByTestId('current-user')
    await header.waitFor()
    const me = await page.evaluate(async () => {
      const response = await fetch('/api/auth/me', {
        headers: { Authorization: `Bearer ${localStorage.getItem('forewarn.token')}` },
      })
      return response.json()
    })
    await page.waitForFunction(
      ({ name }) => document.querySelector('[data-testid="current-user"]')?.textContent?.includes(name),
      { name: me.displayName },
    )
    log(`header: ${(await header.innerText()).replace(/\s+/g, ' ')}`)
  })

  await step('overview shows counts and the chart', async () => {
    await page.getByTestId('overview-page').waitFor()
    await page.locator('[data-testid="overview-chart"] canvas').waitFor()
    const districts = Number((await page.getByTestId('count-districts').innerText()).replace(/\D/g, ''))
    if (districts !== expectedDistricts) throw new Error(`overview counts ${districts} districts, expected ${expectedDistricts}`)
    await page.locator('[data-testid="overview-people"] canvas').waitFor()
    const flood = Number((await page.getByTestId('people-flood').innerText()).replace(/\D/g, ''))
    if (!(flood > 0)) throw new Error('overview shows no 三防 responsible persons in the jurisdiction')
    log(`overview: ${flood} 三防 responsible persons`)
    await page.waitForTimeout(800) // the charts animate in
    await page.screenshot({ path: join(out, 'overview.png'), fullPage: true })
  })

  await step(`map draws ${expectedDistricts} district-level areas`, async () => {
    await page.getByTestId('nav-map').click()
    await page.waitForURL((url) => url.pathname === '/map')
    await page.getByTestId('region-map').waitFor()
    await page.waitForFunction(() => window.__forewarnMap?.loaded === true)
    const drawn = await page.evaluate(() => window.__forewarnMap.districtsDrawn)
    if (drawn !== expectedDistricts) throw new Error(`map drew ${drawn} district-level areas, expected ${expectedDistricts}`)
    const labels = await page.locator('.district-label').count()
    if (labels !== expectedDistricts) throw new Error(`map shows ${labels} district names, expected ${expectedDistricts}`)
    // a district user's map opens zoomed in, loading streets and communities: photograph it once settled
    await page.waitForFunction(() => !window.__forewarnMap.busy())
    await page.locator('.region-map .el-loading-mask').waitFor({ state: 'detached', timeout: 10000 }).catch(() => {})
    await page.screenshot({ path: join(out, 'map.png') })
  })

  await step('map zoomed in shows streets and a popup', async () => {
    // Zoom to where 福田区's name sits (else the first name), deep enough for streets and communities.
    await page.evaluate(() => {
      const marker = [...document.querySelectorAll('.district-label')].find((el) => el.textContent === '福田区')
        ?? document.querySelector('.district-label')
      const box = marker.getBoundingClientRect()
      const map = document.querySelector('[data-testid="region-map"]').getBoundingClientRect()
      window.__e2eTarget = { x: box.x + box.width / 2 - map.x, y: box.y + box.height / 2 - map.y }
    })
    await page.evaluate(() => window.__forewarnMap.zoomTo(12.8, window.__forewarnMap.unproject(window.__e2eTarget)))
    await page.waitForFunction(
      () => window.__forewarnMap.drawn.STREET > 0 && window.__forewarnMap.drawn.COMMUNITY > 0 && !window.__forewarnMap.busy(),
    )
    const visible = await page.evaluate(() => window.__forewarnMap.visibleLevels())
    if (!visible.includes('STREET') || !visible.includes('COMMUNITY')) {
      throw new Error(`expected streets and communities visible at zoom 12.8, got ${visible.join(',')}`)
    }
    const box = await page.getByTestId('region-map').boundingBox()
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.getByTestId('region-popup').waitFor()
    log(`popup: ${(await page.getByTestId('region-popup').innerText()).replace(/\s+/g, ' ')}`)
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(out, 'map-zoomed.png') })
  })

  await step('grids appear from zoom 14, loaded for the streets in view', async () => {
    await page.evaluate(() => window.__forewarnMap.zoomTo(14.5))
    await page.waitForFunction(() => window.__forewarnMap.drawn.GRID > 0 && !window.__forewarnMap.busy())
    const grids = await page.evaluate(() => window.__forewarnMap.drawn.GRID)
    log(`grids drawn: ${grids}`)
  })

  await step('region tree opens and shows details', async () => {
    await page.getByTestId('nav-regions').click()
    await page.waitForURL((url) => url.pathname === '/regions')
    const firstNode = page.locator('[data-testid="region-tree"] .el-tree-node__content').first()
    await firstNode.waitFor()
    await firstNode.locator('.el-tree-node__expand-icon').click()
    await page.locator('[data-testid="region-tree"] .el-tree-node__children .el-tree-node__content').first().waitFor()
    await page.locator('[data-testid="region-tree"] .el-tree-node__children .el-tree-node__content').first().click()
    await page.locator('[data-testid="region-details"] .el-descriptions').waitFor()
    await page.screenshot({ path: join(out, 'regions.png') })
  })

  await step('English switch changes visible labels', async () => {
    const menu = page.getByTestId('nav-map')
    const before = (await menu.innerText()).trim()
    if (before !== '一张图') throw new Error(`map menu entry reads "${before}" in Chinese, expected 一张图`)
    await page.getByTestId('lang-en').click()
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-map"]')?.textContent?.trim() === 'Map')
    const stored = await page.evaluate(() => localStorage.getItem('forewarn.locale'))
    if (stored !== 'en') throw new Error(`language choice not persisted (got ${stored})`)
    await page.screenshot({ path: join(out, 'regions-en.png') })
  })

  if (pageErrors.length) throw new Error(`uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`)
  if (failedRequests.length) throw new Error(`failed requests:\n  ${failedRequests.join('\n  ')}`)
  log(`PASS: screenshots in ${out}`)
} catch (error) {
  exitCode = 1
  console.error(`[e2e] FAIL at step "${currentStep}": ${error instanceof Error ? error.message : error}`)
  const page = context.pages()[0]
  if (page) {
    await page.screenshot({ path: join(out, 'failure.png') }).catch(() => {})
    console.error(`[e2e] page at failure: ${page.url()} (screenshot failure.png)`)
  }
  if (pageErrors.length) console.error(`[e2e] page errors:\n  ${pageErrors.join('\n  ')}`)
  if (failedRequests.length) console.error(`[e2e] failed requests:\n  ${failedRequests.join('\n  ')}`)
} finally {
  await context.close().catch(() => {})
  rmSync(profile, { recursive: true, force: true })
}
process.exit(exitCode)
