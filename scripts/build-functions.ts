// Bundles each cloud function (esbuild) into dist/functions/<name>/ with index.js, package.json, config.json.
import { build, type Plugin } from 'esbuild'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
const sourceRoot = join(root, 'cloudfunctions', 'functions')
const outRoot = join(root, 'dist', 'functions')

/** CloudBase's Node 16 runtime is the oldest we deploy to; the bundle must run there. */
const TARGET = 'node16'

/**
 * wx-server-sdk (~1 MB with its modules) is only needed when a call sends a message or checks a
 * text (loaded then: data/wechat-open-api.ts). It sits beside each bundle as its own file, so a
 * cold start does not parse it; the function directory stays self-contained (no cloud install).
 */
const LAZY_VENDOR = 'wx-server-sdk'
const LAZY_FILE = `./${LAZY_VENDOR}.js`
const lazyVendor: Plugin = {
  name: 'lazy-vendor',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${LAZY_VENDOR}$`) }, () => ({
      path: LAZY_FILE,
      external: true,
    }))
  },
}

const buildVendor = async (): Promise<{ code: Uint8Array; bytes: number }> => {
  const result = await build({
    entryPoints: [createRequire(__filename).resolve(LAZY_VENDOR)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    outfile: 'vendor.js',
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error(`esbuild wrote no bundle of ${LAZY_VENDOR}`)
  return { code: file.contents, bytes: file.contents.byteLength }
}

const functionNames = (): string[] =>
  readdirSync(sourceRoot).filter((name) => statSync(join(sourceRoot, name)).isDirectory())

const bundle = async (name: string, vendor: Uint8Array): Promise<number> => {
  const outDir = join(outRoot, name)
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const result = await build({
    entryPoints: [join(sourceRoot, name, 'index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    tsconfig: join(root, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [lazyVendor],
  })
  writeFileSync(join(outDir, LAZY_FILE), vendor)
  const config = join(sourceRoot, name, 'config.json')
  if (existsSync(config)) copyFileSync(config, join(outDir, 'config.json'))
  writeFileSync(
    join(outDir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js' }, null, 2)}\n`,
  )
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0)
}

const main = async () => {
  const names = functionNames()
  const vendor = await buildVendor()
  for (const name of names) {
    const bytes = await bundle(name, vendor.code)
    console.log(
      `built function ${name}: ${(bytes / 1024).toFixed(0)} KB (+ ${LAZY_FILE} ${(vendor.bytes / 1024).toFixed(0)} KB, loaded on first use)`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
