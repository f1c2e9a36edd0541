// Prints the path of the Chromium packed in @sparticuz/chromium, unpacking it once into a cache folder.
// A separate ESM process because the package is ESM-only and jest's CommonJS cannot import it.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The package exports only its entry (build/index.js); its package.json sits one folder up.
const entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'))
const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'))
const cacheDir = join(tmpdir(), `linli-chromium-${version}-${process.getuid?.() ?? 0}`)
const executable = join(cacheDir, 'chromium')

if (!existsSync(executable)) {
  // The package unpacks into os.tmpdir(): point that at a scratch folder, then move the folder into
  // place in one rename, so parallel test files never launch a half-written binary.
  const scratch = mkdtempSync(join(tmpdir(), 'linli-chromium-unpack-'))
  process.env.TMPDIR = scratch
  const { default: chromium } = await import('@sparticuz/chromium')
  await chromium.executablePath()
  try {
    renameSync(scratch, cacheDir)
  } catch (error) {
    // Another process got there first (ENOTEMPTY/EEXIST): use its copy.
    if (!existsSync(executable)) throw error
    rmSync(scratch, { recursive: true, force: true })
  }
}
process.stdout.write(executable)
