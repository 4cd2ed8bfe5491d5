// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The console mirrors the platform's modules: one folder each. A module folder imports the shared pieces from the
// kit (and api, i18n), and of another module only what it publishes: its *Api.ts (calls to the platform), its
// types.ts, and identity's session. The shell and i18n assemble the modules' routes.ts and messages.ts. The kit
// serves every module, so it may use no module but the session and the region API (its region picker and map base).

const root = dirname(fileURLToPath(import.meta.url))
const SHARED = new Set(['api', 'i18n', 'kit'])
const ASSEMBLERS = new Set(['shell', 'i18n'])
/** Components a module publishes for another's page, each with the reason. */
const PUBLISHED_COMPONENTS = new Set([
  'organisation/OrganisationSummary.vue', // the people-and-roles summary on the region overview, the console's home
])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

/** Every import of a file as a path relative to src ('hazard/hazardApi'), whatever way it was written. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1])
  return specifiers.flatMap((s) => {
    if (s.startsWith('@/')) return [s.slice(2)]
    if (s.startsWith('.')) return [relative(root, resolve(dirname(file), s))]
    return []
  })
}

function published(target: string, from: string): boolean {
  const [module, ...rest] = target.split('/')
  const file = rest.join('/')
  if (SHARED.has(module)) return true
  if (target === 'identity/session') return true
  if (from === 'kit') return target === 'region/regionApi'
  if (/^[a-z]+Api$/.test(file) || file === 'types') return true
  if (PUBLISHED_COMPONENTS.has(target)) return true
  return ASSEMBLERS.has(from) && (file === 'routes' || file === 'messages')
}

describe('console module boundaries', () => {
  const files = sources(root)

  it('finds the module folders', () => {
    expect(files.length).toBeGreaterThan(150)
  })

  it('reaches into no other module folder past what it publishes', () => {
    // main.ts and App.vue at the top start the console: they are no module
    const breaches = files.filter((file) => relative(root, file).includes('/')).flatMap((file) => {
      const from = relative(root, file).split('/')[0]
      return imports(file)
        .filter((target) => target.includes('/') && target.split('/')[0] !== from && !published(target, from))
        .map((target) => `${relative(root, file)} → ${target}`)
    })
    expect(breaches).toEqual([])
  })

  it('keeps the kit free of module texts: its pages speak through kit.* keys or the caller’s', () => {
    const kitFiles = files.filter((f) => relative(root, f).startsWith('kit/'))
    const foreign = kitFiles.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+)\.[^']*'/g)]
        .filter((m) => !['kit', 'common', 'header'].includes(m[1]))
        .map((m) => `${relative(root, file)}: ${m[0]}`),
    )
    expect(foreign).toEqual([])
  })
})
