#!/usr/bin/env node
// Browser walk-through of the enterprise pages against a running platform, with Debian's Chromium.
//
//   node e2e/enterprise.e2e.mjs --base http://127.0.0.1:8080 --out /tmp/shots [--password '...']
//
// 1. duty.futian searches the registry, opens the demo enterprise's holographic profile (risk breakdown chart, QR
//    code) and the clustered risk map.
// 2. The public (no login, phone size) opens the enterprise-code page: no "start inspection" button, no phone number.
// 3. enterprise.demo opens its portal (reminders). Screenshots go to --out. Exit 0 on success, 1 naming the step.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    out: { type: 'string' },
    password: { type: 'string', default: process.env.FOREWARN_DEMO_PASSWORD ?? 'Forewarn#2026' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    uscc: { type: 'string', default: '91440304MA5FDE0M9C' },
  },
})
if (!args.base || !args.out) {
  console.error('usage: node e2e/enterprise.e2e.mjs --base URL --out DIR')
  process.exit(2)
}
const base = args.base.replace(/\/+$/, '')
const out = resolve(args.out)
mkdirSync(out, { recursive: true })
let current = 'start'
async function step(name, action) {
  current = name
  const t0 = Date.now()
  await action()
  console.log(`[enterprise-e2e] ok   ${name} (${Date.now() - t0} ms)`)
}

async function session(browser, user, viewport) {
  const answer = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: user, password: args.password }),
  }).then((r) => r.json())
  const context = await browser.newContext({ viewport, locale: 'zh-CN' })
  await context.addInitScript(([token, u]) => {
    localStorage.setItem('forewarn.token', token)
    localStorage.setItem('forewarn.user', JSON.stringify(u))
  }, [answer.token, answer.user])
  return context.newPage()
}

const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: ['--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader'] })
try {
  const desk = { width: 1440, height: 900 }
  const page = await session(browser, 'duty.futian', desk)
  await step('search lists Futian enterprises with masked phones', async () => {
    await page.goto(`${base}/enterprises`)
    await page.getByTestId('enterprise-table').locator('tbody tr').first().waitFor({ timeout: 60000 })
    const text = await page.getByTestId('enterprise-table').innerText()
    if (/1[3-9]\d{9}/.test(text)) throw new Error('an unmasked phone number in the list')
    await page.screenshot({ path: join(out, 'enterprise-list.png') })
  })
  await step('profile shows the risk breakdown and the enterprise code', async () => {
    await page.goto(`${base}/enterprises/${args.uscc}`)
    await page.getByTestId('profile-risk').waitFor({ timeout: 30000 })
    await page.getByTestId('enterprise-qr').waitFor({ timeout: 30000 })
    await page.waitForTimeout(1500)
    await page.screenshot({ path: join(out, 'enterprise-profile.png'), fullPage: true })
  })
  await step('risk map clusters the enterprises', async () => {
    await page.goto(`${base}/enterprises/map`)
    await page.waitForFunction(() => window.__forewarnEnterpriseMap?.loaded === true, null, { timeout: 60000 })
    await page.waitForTimeout(2500)
    await page.screenshot({ path: join(out, 'enterprise-map.png') })
  })
  await step('import page', async () => {
    await page.goto(`${base}/enterprises/import`)
    await page.getByTestId('import-choose').waitFor()
    await page.screenshot({ path: join(out, 'enterprise-import.png') })
  })
  await step('an inspector-role user sees "start inspection" on the public page', async () => {
    await page.goto(`${base}/public/enterprises/${args.uscc}`)
    await page.getByTestId('start-inspection').waitFor({ timeout: 30000 })
  })
  await step('the public scan shows no personal data and no inspection button', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    const phone = await context.newPage()
    await phone.goto(`${base}/public/enterprises/${args.uscc}`)
    await phone.getByTestId('public-risk').waitFor({ timeout: 30000 })
    if (await phone.getByTestId('start-inspection').count()) throw new Error('the public sees the inspection button')
    const text = await phone.locator('body').innerText()
    if (/1[3-9]\d{9}/.test(text)) throw new Error('a phone number on the public page')
    await phone.screenshot({ path: join(out, 'enterprise-public.png'), fullPage: true })
  })
  await step('the enterprise user sees its portal', async () => {
    const portal = await session(browser, 'enterprise.demo', desk)
    await portal.goto(`${base}/enterprises/portal`)
    await portal.getByTestId('portal-reminders').waitFor({ timeout: 30000 })
    await portal.waitForTimeout(1000)
    await portal.screenshot({ path: join(out, 'enterprise-portal.png'), fullPage: true })
  })
} catch (error) {
  console.error(`[enterprise-e2e] FAIL ${current}: ${error.message}`)
  await browser.close()
  process.exit(1)
}
await browser.close()
