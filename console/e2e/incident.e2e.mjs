#!/usr/bin/env node
// Screenshots of the command board and the plan diff against a running platform (Debian's Chromium):
//   node e2e/incident.e2e.mjs --base http://127.0.0.1:8080 --out /tmp/shots
// Reports a Level II rainstorm-flood in Longgang as duty.city, files a first report, activates the best matching city
// flood-plan scenario, acknowledges as handler.housing, then photographs the board (zh and en) and the plan diff.
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values: args } = parseArgs({ options: { base: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string', default: 'zh-CN' }, password: { type: 'string', default: 'Forewarn#2026' } } })
const base = args.base.replace(/\/+$/, '')
const out = resolve(args.out)
mkdirSync(out, { recursive: true })

async function call(token, method, path, body, headers = {}) {
  const r = await fetch(base + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${await r.text()}`)
  return r.json()
}
const login = (u) => call(null, 'POST', '/api/auth/login', { username: u, password: args.password })

const city = await login('duty.city')
const incident = await call(city.token, 'POST', '/api/incidents', { title: '龙岗区龙城街道暴雨洪涝', typeCode: '010101', level: 'II', latitude: 22.72, longitude: 114.25 })
await call(city.token, 'POST', `/api/incidents/${incident.id}/reports`, { kind: 'FIRST', deaths: 1, injured: 3, trapped: 12, evacuated: 800, summary: '龙城街道多处内涝，1人死亡，12人被困' })
const matches = await call(city.token, 'GET', `/api/incidents/${incident.id}/plan-matches`)
const m = matches.find((x) => x.planCode === 'SZ-FX')
await call(city.token, 'POST', `/api/incidents/${incident.id}/activations`, { planVersionId: m.versionId, scenarioCode: m.scenarioCode, level: 'II', drill: false }, { 'Idempotency-Key': `shot-${incident.id}` })
await call(city.token, 'POST', `/api/incidents/${incident.id}/consultations`, { topic: '研判龙岗河水位', participants: ['市应急管理局', '市水务局', '市气象局'], conclusions: '维持Ⅱ级响应，加密巡查' })
await call(city.token, 'POST', `/api/incidents/${incident.id}/reports`, { kind: 'FOLLOW_UP', deaths: 2, injured: 5, trapped: 0, evacuated: 2300, summary: '被困人员全部救出' })
const housing = await login('handler.housing')
// the activation writes its notices in its own transaction (Notifications.send), so they are there now
const inbox = await call(housing.token, 'GET', '/api/me/notifications?limit=50')
const mine = inbox.filter((x) => x.text.includes(incident.summary.code))
if (mine.length === 0) throw new Error(`no notice for ${incident.summary.code} reached handler.housing`)
for (const n of mine) await call(housing.token, 'POST', `/api/notifications/${n.id}/acknowledge`)

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-gl=angle', '--use-angle=swiftshader'] })
const page = await browser.newPage({ viewport: { width: 1500, height: 1100 } })
await page.goto(`${base}/login`)
await page.evaluate(([t, u, l]) => {
  localStorage.setItem('forewarn.token', t)
  localStorage.setItem('forewarn.user', JSON.stringify(u))
  localStorage.setItem('forewarn.locale', l)
}, [city.token, city.user, args.locale])
await page.goto(`${base}/incidents/${incident.id}`)
await page.getByTestId('task-table').waitFor({ timeout: 30000 })
await page.waitForTimeout(2500)
await page.screenshot({ path: join(out, `board-${args.locale}.png`), fullPage: true })
// the nearby resources load by kinds the resource API knows: a refused kind shows as an error on the board
const resourceFailure = page.getByTestId('board-resources-failure')
if (await resourceFailure.count()) throw new Error(`board resources failed: ${await resourceFailure.innerText()}`)
await page.getByTestId('open-activation').click()
await page.getByTestId('activation-preview-button').click()
await page.getByTestId('activation-preview').waitFor()
await page.screenshot({ path: join(out, `activation-${args.locale}.png`) })
await page.goto(`${base}/incidents`)
await page.getByTestId('incident-table').waitFor()
await page.waitForTimeout(800)
await page.screenshot({ path: join(out, `incidents-${args.locale}.png`) })
// an empty new-incident form names its missing fields in the page's language, before anything is sent
await page.getByTestId('incident-new').click()
await page.getByTestId('incident-dialog').waitFor()
await page.getByTestId('incident-submit').click()
const titleError = page.locator('[data-testid="incident-title-item"] .el-form-item__error')
await titleError.waitFor()
const titleText = (await titleError.innerText()).trim()
if (args.locale.startsWith('zh') && titleText !== '请填写事件名称') throw new Error(`empty form error not in Chinese: ${titleText}`)
await page.waitForTimeout(300)
await page.screenshot({ path: join(out, `incident-form-empty-${args.locale}.png`) })
await page.keyboard.press('Escape')
const plans = await call(city.token, 'GET', '/api/plans')
const flood = plans.find((p) => p.code === 'SZ-FX')
await page.goto(`${base}/plans/${flood.id}`)
await page.getByTestId('plan-editor').waitFor()
await page.getByRole('tab', { name: /对比|Compare/ }).click()
await page.getByTestId('plan-diff').waitFor()
await page.waitForTimeout(500)
await page.screenshot({ path: join(out, `plan-diff-${args.locale}.png`), fullPage: true })
await page.getByRole('tab', { name: /职责清单|Duty list/ }).click()
await page.waitForTimeout(300)
await page.screenshot({ path: join(out, `plan-duties-${args.locale}.png`) })
const drill = await call(city.token, 'POST', '/api/incidents', { title: '防汛演练：龙岗区城市内涝', typeCode: '010102', level: 'III', latitude: 22.70, longitude: 114.22 })
const dm = (await call(city.token, 'GET', `/api/incidents/${drill.id}/plan-matches`)).find((x) => x.planCode === 'SZ-FX')
if (dm) {
  await call(city.token, 'POST', `/api/incidents/${drill.id}/activations`, { planVersionId: dm.versionId, scenarioCode: dm.scenarioCode, level: 'III', drill: true })
  await page.goto(`${base}/incidents/${drill.id}`)
  await page.getByTestId('drill-banner').waitFor({ timeout: 30000 })
  await page.waitForTimeout(1500)
  await page.screenshot({ path: join(out, `drill-${args.locale}.png`) })
}
await browser.close()
console.log(`INCIDENT_ID=${incident.id}`)
