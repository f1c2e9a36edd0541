// npm test: every check CI runs, in order, each timed; stops at the first failure.
import { spawnSync } from 'node:child_process'

const steps = [
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
  ['lint (eslint + dependency rule)', ['npm', 'run', '--silent', 'lint']],
  ['format:check', ['npm', 'run', '--silent', 'format:check']],
  ['build:functions', ['npm', 'run', '--silent', 'build:functions']],
  ['build:weapp', ['npm', 'run', '--silent', 'build:weapp']],
  ['build:h5', ['npm', 'run', '--silent', 'build:h5']],
  [
    'jest (unit, component, emulator, integration, fuzz, budget, mini-program, e2e)',
    ['npx', 'jest', '--ci'],
  ],
]

const only = process.argv.slice(2)
for (const [name, [cmd, ...args]] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CI: 'true' } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${name} (${seconds}s)`)
}
