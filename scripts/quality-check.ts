// npm run quality: WeChat's own code quality check (miniprogram-ci checkCodeQuality, the items of
// DevTools' 代码质量 panel) on the weapp build, offline. miniprogram-ci is large (~275 MB), so it is
// installed here on first use into node_modules/.cache, not by every `npm install`.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const MINIPROGRAM_CI = 'miniprogram-ci@2.1.42'
const root = path.resolve(__dirname, '..')
const cacheDir = path.join(root, 'node_modules', '.cache', 'linli-miniprogram-ci')
const weappDir = path.join(root, 'dist', 'weapp')

interface CheckItem {
  name: string
  success: boolean
  text: string
  detail?: unknown
}

interface MiniprogramCi {
  Project: new (options: Record<string, unknown>) => unknown
  checkCodeQuality: (project: unknown) => Promise<CheckItem[]>
}

function loadCi(): MiniprogramCi {
  const entry = path.join(cacheDir, 'node_modules', 'miniprogram-ci')
  if (!existsSync(entry)) {
    console.log(
      `installing ${MINIPROGRAM_CI} into ${path.relative(root, cacheDir)} (first run only)…`,
    )
    mkdirSync(cacheDir, { recursive: true })
    execFileSync(
      'npm',
      ['install', '--prefix', cacheDir, '--no-save', '--no-audit', '--no-fund', MINIPROGRAM_CI],
      { stdio: 'inherit' },
    )
  }
  return createRequire(path.join(cacheDir, 'index.js'))('miniprogram-ci') as MiniprogramCi
}

async function main(): Promise<void> {
  if (!existsSync(path.join(weappDir, 'app.json')) || process.argv.includes('--build')) {
    execFileSync('npm', ['run', '--silent', 'build:weapp'], { cwd: root, stdio: 'inherit' })
  }
  const ci = loadCi()
  // The check runs offline; it only needs some key and appid (no upload happens).
  const keyDir = mkdtempSync(path.join(os.tmpdir(), 'linli-quality-'))
  const privateKeyPath = path.join(keyDir, 'throwaway.pem')
  try {
    execFileSync('openssl', ['genrsa', '-out', privateKeyPath, '2048'], { stdio: 'ignore' })
    const project = new ci.Project({
      appid: 'wx0000000000000000',
      type: 'miniProgram',
      projectPath: weappDir,
      privateKeyPath,
      ignores: ['node_modules/**/*'],
    })
    const items = await ci.checkCodeQuality(project)
    for (const item of items) console.log(`${item.success ? '✔' : '✖'} ${item.name}: ${item.text}`)
    const failed = items.filter((item) => !item.success)
    console.log(`\n${items.length - failed.length} passed, ${failed.length} failed`)
    process.exit(failed.length === 0 ? 0 : 1)
  } finally {
    rmSync(keyDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
