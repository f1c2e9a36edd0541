// A build is skipped only when the stamp matches both the inputs and the output on disk.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inputsHash, isUpToDate, writeStamp, type BuildTarget } from './build-stamp'

let root: string
const target: BuildTarget = {
  name: 'app',
  inputs: ['src', 'config.json'],
  envKeys: ['LINLI_TEST_BAKED'],
  outputDir: 'dist/app',
}
const stamps = () => join(root, 'dist', '.build-stamps')

/** Simulates a successful build: output written, then the stamp. */
const build = () => {
  const inputs = inputsHash(root, target)
  mkdirSync(join(root, 'dist', 'app'), { recursive: true })
  writeFileSync(join(root, 'dist', 'app', 'index.js'), `built from ${inputs}`)
  writeStamp(root, stamps(), target, inputs)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'linli-stamp-'))
  mkdirSync(join(root, 'src', 'pages'), { recursive: true })
  writeFileSync(join(root, 'src', 'pages', 'a.ts'), 'export const a = 1\n')
  writeFileSync(join(root, 'config.json'), '{}\n')
  delete process.env.LINLI_TEST_BAKED
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

it('is up to date after a build with nothing changed, and not before any build', () => {
  expect(isUpToDate(root, stamps(), target)).toBe(false)
  build()
  expect(isUpToDate(root, stamps(), target)).toBe(true)
})

it('is stale when an input file changes, is added, or a baked env value changes', () => {
  build()
  writeFileSync(join(root, 'src', 'pages', 'a.ts'), 'export const a = 2\n')
  expect(isUpToDate(root, stamps(), target)).toBe(false)
  build()
  writeFileSync(join(root, 'src', 'pages', 'b.ts'), 'export const b = 1\n')
  expect(isUpToDate(root, stamps(), target)).toBe(false)
  build()
  process.env.LINLI_TEST_BAKED = 'https://elsewhere.example'
  expect(isUpToDate(root, stamps(), target)).toBe(false)
})

it('is stale when the output was rewritten or removed since the stamp', () => {
  build()
  utimesSync(join(root, 'dist', 'app', 'index.js'), new Date(0), new Date(0))
  expect(isUpToDate(root, stamps(), target)).toBe(false)
  build()
  rmSync(join(root, 'dist', 'app'), { recursive: true })
  expect(isUpToDate(root, stamps(), target)).toBe(false)
})
