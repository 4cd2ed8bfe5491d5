#!/usr/bin/env node
// Browser walk-through of the enforcement console (执法检查) against a running platform with the demo data, with
// Debian's Chromium. Not run by Maven yet; run it by hand to photograph the pages:
//
//   node e2e/enforcement.e2e.mjs --base http://127.0.0.1:8080 --out /tmp/shots [--user inspector.futian] [--password '...']
//
// 1. Desktop (1440×900): case list, the first case (chain, flow, evidence), inspection records, plans.
// 2. Phone (390×844): inspect by code for a due enterprise — one checklist item not met, a finding sent to the hazard
//    loop and into a case; the phone shows the inspection number and case code, and the desk's case page shows the
//    inspection number and the hazard order in the chain.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    out: { type: 'string' },
    user: { type: 'string', default: 'inspector.futian' },
    password: { type: 'string', default: process.env.FOREWARN_DEMO_PASSWORD ?? 'Forewarn#2026' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
  },
})
if (!args.base || !args.out) {
  console.error('usage: node e2e/enforcement.e2e.mjs --base URL --out DIR [--user U] [--password P]')
  process.exit(2)
}
const base = args.base.replace(/\/+$/, '')
const out = resolve(args.out)
mkdirSync(out, { recursive: true })
const field = (id) => `input[data-testid="${id}"], [data-testid="${id}"] input`
let current = 'start'
async function step(name, action) {
  current = name
  await action()
  console.log(`[enforcement-e2e] ok   ${name}`)
}

async function login(page) {
  await page.goto(`${base}/login`)
  await page.locator(field('login-username')).fill(args.user)
  await page.locator(field('login-password')).fill(args.password)
  await page.getByTestId('login-submit').click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}

const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox'] })
try {
  const desk = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  await step('desktop login', () => login(desk))
  await step('case list', async () => {
    await desk.goto(`${base}/enforcement/cases`)
    await desk.getByTestId('case-table').locator('.el-table__row').first().waitFor()
    await desk.screenshot({ path: `${out}/01-cases.png`, fullPage: true })
  })
  await step('a case with its chain', async () => {
    await desk.getByTestId('case-table').locator('.el-table__row').last().click()
    await desk.getByTestId('case-chain').waitFor()
    await desk.waitForTimeout(500)
    await desk.screenshot({ path: `${out}/02-case.png`, fullPage: true })
  })
  await step('a wrong check character is caught in the search box', async () => {
    await desk.goto(`${base}/enforcement/cases`)
    await desk.locator(field('case-search')).fill('AJ-440304-2026-000001-0')
    await desk.locator(field('case-search')).press('Enter')
    const hint = desk.getByTestId('case-code-hint')
    await hint.waitFor()
  })
  await step('inspection records', async () => {
    await desk.goto(`${base}/enforcement/inspections`)
    await desk.getByTestId('inspection-table').locator('.el-table__row').first().waitFor()
    await desk.screenshot({ path: `${out}/03-inspections.png`, fullPage: true })
    await desk.getByTestId('inspection-table').locator('.el-table__row').first().click()
    await desk.getByTestId('inspection-page').waitFor()
    await desk.waitForTimeout(500)
    await desk.screenshot({ path: `${out}/04-inspection.png`, fullPage: true })
  })
  let uscc = null
  await step('plans with due inspections', async () => {
    await desk.goto(`${base}/enforcement/plans`)
    await desk.getByTestId('due-table').locator('.el-table__row').first().waitFor()
    await desk.screenshot({ path: `${out}/05-plans.png`, fullPage: false })
    uscc = (await desk.getByTestId('due-table').locator('.el-table__row').first().locator('.mono').innerText()).trim()
  })

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true })
  await step('phone login', () => login(phone))
  await step('inspect by code on a phone', async () => {
    await phone.goto(`${base}/enforcement/inspect/${uscc}`)
    await phone.getByTestId('item-GEN-01').waitFor()
    await phone.getByTestId('item-GEN-01').getByText('符合', { exact: true }).click()
    await phone.getByTestId('item-GEN-07').getByText('不符合', { exact: true }).click()
    await phone.getByTestId('finding-0-case').click()
    await phone.screenshot({ path: `${out}/06-inspect-phone.png`, fullPage: true })
    await phone.getByTestId('inspection-submit').click()
    await phone.getByTestId('saved-case').waitFor()
    await phone.screenshot({ path: `${out}/07-saved-phone.png`, fullPage: true })
    const number = (await phone.getByTestId('saved-number').innerText()).trim()
    const code = (await phone.getByTestId('saved-case').innerText()).trim()
    await desk.goto(`${base}/enforcement/cases/${code}`)
    await desk.getByTestId('chain-inspection').filter({ hasText: number }).waitFor()
    await desk.waitForTimeout(1500)
    await desk.reload()
    await desk.getByTestId('chain-hazard').first().waitFor()
    await desk.screenshot({ path: `${out}/08-new-case.png`, fullPage: true })
  })
  console.log('[enforcement-e2e] done')
} catch (error) {
  console.error(`[enforcement-e2e] FAILED at ${current}: ${error.message}`)
  process.exitCode = 1
} finally {
  await browser.close()
}
