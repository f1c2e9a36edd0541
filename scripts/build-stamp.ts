// Skips a build whose inputs and output are unchanged: a stamp beside the output records both.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

export interface BuildTarget {
  name: string
  /** Files and folders (relative to root) whose content decides the output. */
  inputs: string[]
  /** Environment variables the build bakes in (e.g. LINLI_API_BASE). */
  envKeys: string[]
  outputDir: string
}

const SKIPPED = new Set(['node_modules', '.git', 'dist', '.data'])

function listFiles(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name))
    .flatMap((entry) => listFiles(join(path, entry.name)))
    .sort()
}

/** sha256 over every input file's path and bytes, and the baked-in env values. */
export function inputsHash(root: string, target: BuildTarget): string {
  const hash = createHash('sha256')
  for (const input of target.inputs) {
    for (const file of listFiles(join(root, input))) {
      hash.update(`${relative(root, file)}\0`)
      hash.update(readFileSync(file))
      hash.update('\0')
    }
  }
  for (const key of target.envKeys) hash.update(`${key}=${process.env[key] ?? ''}\0`)
  return hash.digest('hex')
}

/**
 * Paths, sizes and modification times of the output: cheap to read, and it changes whenever
 * anything (a manual `npm run build:h5`, a clean) rewrote the output since the stamp was written.
 */
export function outputSignature(outputDir: string): string {
  const files = listFiles(outputDir)
  if (files.length === 0) return 'empty'
  const hash = createHash('sha256')
  for (const file of files) {
    const { size, mtimeMs } = statSync(file)
    hash.update(`${relative(outputDir, file)}:${size}:${mtimeMs}\n`)
  }
  return hash.digest('hex')
}

interface Stamp {
  inputs: string
  output: string
}

export function stampPath(stampDir: string, target: BuildTarget): string {
  return join(stampDir, `${target.name}.json`)
}

function readStamp(file: string): Stamp | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stamp>
    return typeof value.inputs === 'string' && typeof value.output === 'string'
      ? { inputs: value.inputs, output: value.output }
      : null
  } catch {
    return null
  }
}

/** True when the stamp says this output was built from exactly these inputs and not touched since. */
export function isUpToDate(root: string, stampDir: string, target: BuildTarget): boolean {
  const stamp = readStamp(stampPath(stampDir, target))
  if (!stamp) return false
  const output = outputSignature(join(root, target.outputDir))
  return output !== 'empty' && stamp.output === output && stamp.inputs === inputsHash(root, target)
}

/** Call right after a successful build; `inputs` is the hash taken before it started. */
export function writeStamp(root: string, stampDir: string, target: BuildTarget, inputs: string) {
  const file = stampPath(stampDir, target)
  mkdirSync(dirname(file), { recursive: true })
  const output = outputSignature(join(root, target.outputDir))
  writeFileSync(file, `${JSON.stringify({ inputs, output }, null, 2)}\n`)
}
