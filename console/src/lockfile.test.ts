// @vitest-environment node
import { readFileSync } from 'node:fs'
import { minVersion, satisfies } from 'semver'
import { describe, expect, it } from 'vitest'

// The Maven build installs the console with `npm ci`, which never writes package-lock.json: the committed lockfile is
// what every machine installs. These checks keep it installable everywhere without a rewrite or a warning.

interface Locked {
  version?: string
  engines?: { node?: string }
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'))
const manifest = read('../package.json') as { engines: { node: string } }
const packages = (read('../package-lock.json') as { packages: Record<string, Locked> }).packages

// Where Node would find `name` when required from the package at `path`: its own node_modules, then its ancestors'.
function isLocked(path: string, name: string): boolean {
  let dir = path
  for (;;) {
    if (`${dir ? `${dir}/` : ''}node_modules/${name}` in packages) return true
    if (!dir) return false
    const parent = dir.lastIndexOf('/node_modules/')
    dir = parent < 0 ? '' : dir.slice(0, parent)
  }
}

describe('the console lockfile', () => {
  it('has every dependency, including other platforms\' optional binaries, so npm on any machine keeps it as it is', () => {
    const missing = Object.entries(packages).flatMap(([path, locked]) =>
      Object.keys({ ...locked.dependencies, ...locked.devDependencies, ...locked.optionalDependencies })
        .filter((name) => !isLocked(path, name))
        .map((name) => `${path || 'package.json'} → ${name}`),
    )
    expect(missing).toEqual([])
  })

  it('holds only packages that run on the oldest Node the console supports', () => {
    const oldest = minVersion(manifest.engines.node)!.version
    const refusing = Object.entries(packages)
      .filter(([, locked]) => locked.engines?.node && !satisfies(oldest, locked.engines.node))
      .map(([path, locked]) => `${path}@${locked.version} wants Node ${locked.engines!.node}`)
    expect(oldest).toBe('20.19.0')
    expect(refusing).toEqual([])
  })
})
