// Bundles each cloud function (esbuild) into dist/functions/<name>/ with index.js, package.json, config.json.
import { build } from 'esbuild'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '..')
const sourceRoot = join(root, 'cloudfunctions', 'functions')
const outRoot = join(root, 'dist', 'functions')

/** CloudBase's Node 16 runtime is the oldest we deploy to; the bundle must run there. */
const TARGET = 'node16'

const functionNames = (): string[] =>
  readdirSync(sourceRoot).filter((name) => statSync(join(sourceRoot, name)).isDirectory())

const bundle = async (name: string): Promise<number> => {
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
  })
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
  for (const name of names) {
    const bytes = await bundle(name)
    console.log(`built function ${name}: ${(bytes / 1024).toFixed(0)} KB`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
