// npm start: build the functions and the H5 app, then serve everything on one local port.
import { spawnSync } from 'node:child_process'

const run = (args) => {
  const result = spawnSync('npm', ['run', '--silent', ...args], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run(['build:functions'])
run(['build:h5'])
const serve = spawnSync('npx', ['tsx', 'scripts/serve.ts'], { stdio: 'inherit' })
process.exit(serve.status ?? 0)
