// `npm run deploy:cloud -- --env <envId> [--dry-run]`: collections, indexes and security rules to CloudBase.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { applyCloudPlan, readCloudState, type CloudManager } from './cloud-apply'
import { buildCloudPlan, describeOperation } from './cloud-plan'

const root = resolve(__dirname, '..')
const MANAGER_PACKAGE = '@cloudbase/manager-node'
/** Not a dependency (tens of MB for one deploy step): installed on demand, this version read and typed. */
const MANAGER_INSTALL = `npm install --no-save ${MANAGER_PACKAGE}@5.6.5`
const USAGE = 'usage: npm run deploy:cloud -- --env <envId> [--dry-run]'

export interface DeployDeps {
  /** Loads what creates a manager; the default loads @cloudbase/manager-node. */
  loadManager: () => Promise<(config: ManagerConfig) => CloudManager>
  env: Record<string, string | undefined>
  log: (line: string) => void
  readJson: (relativePath: string) => unknown
}

export interface ManagerConfig {
  envId: string
  secretId: string
  secretKey: string
  token?: string
}

export class DeployError extends Error {}

const isModuleNotFound = (error: unknown): boolean => {
  const { code, message } = error as { code?: string; message?: string }
  return (
    (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') &&
    String(message).includes(MANAGER_PACKAGE)
  )
}

export const loadManagerNode = async (): Promise<(config: ManagerConfig) => CloudManager> => {
  let mod: { default?: unknown }
  try {
    // A variable specifier keeps the type checker and bundlers from requiring the package.
    const specifier: string = MANAGER_PACKAGE
    mod = (await import(specifier)) as { default?: unknown }
  } catch (error) {
    if (isModuleNotFound(error))
      throw new DeployError(`${MANAGER_PACKAGE} is not installed. Run: ${MANAGER_INSTALL}`)
    throw error
  }
  const CloudBase = (mod.default ?? mod) as new (config: ManagerConfig) => CloudManager
  return (config) => new CloudBase(config)
}

const parseArgs = (argv: readonly string[]): { envId?: string; dryRun: boolean } => {
  let envId: string | undefined
  let dryRun = false
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === '--dry-run') dryRun = true
    else if (arg === '--env') {
      envId = argv[i + 1]
      if (!envId || envId.startsWith('--')) throw new DeployError(`--env needs a value. ${USAGE}`)
      i += 1
    } else if (arg?.startsWith('--env=')) envId = arg.slice('--env='.length)
    else throw new DeployError(`unknown argument ${arg}. ${USAGE}`)
  }
  return { envId, dryRun }
}

/** Runs the deploy; resolves to the process exit code. */
export async function runDeploy(argv: readonly string[], deps: DeployDeps): Promise<number> {
  const { envId, dryRun } = parseArgs(argv)
  const indexes = deps.readJson('cloudfunctions/indexes.json')
  const rules = deps.readJson('cloudfunctions/security-rules.json')
  if (dryRun) {
    // No state is read: the dry run shows everything a first deploy would do.
    deps.log(`dry run${envId ? ` for ${envId}` : ''}: the plan for an empty environment`)
    for (const op of buildCloudPlan(indexes, rules)) deps.log(describeOperation(op))
    return 0
  }
  if (!envId) throw new DeployError(`--env is required. ${USAGE}`)
  // The package before the credentials: whoever has neither learns first what to install.
  const createManager = await deps.loadManager()
  const secretId = deps.env.TENCENTCLOUD_SECRETID
  const secretKey = deps.env.TENCENTCLOUD_SECRETKEY
  if (!secretId || !secretKey)
    throw new DeployError(
      'set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (a Tencent Cloud API key allowed to manage the environment)',
    )
  const token = deps.env.TENCENTCLOUD_SESSIONTOKEN
  const manager = createManager({ envId, secretId, secretKey, ...(token ? { token } : {}) })
  // Checked before reading the cloud, so a bad file changes nothing.
  const collections = [
    ...new Set(
      buildCloudPlan(indexes, rules).flatMap((op) => ('collection' in op ? [op.collection] : [])),
    ),
  ]
  const state = await readCloudState(manager, collections)
  const plan = buildCloudPlan(indexes, rules, state)
  deps.log(`deploying to ${envId}: ${plan.length} operations`)
  const warnings = await applyCloudPlan(manager, envId, plan, deps.log)
  for (const warning of warnings) deps.log(warning)
  deps.log(warnings.length > 0 ? `done, ${warnings.length} warnings` : 'done')
  return warnings.length > 0 ? 2 : 0
}

// Run when executed (tsx scripts/deploy-cloud.ts), not when imported by the tests.
if (resolve(process.argv[1] ?? '') === __filename) {
  runDeploy(process.argv.slice(2), {
    loadManager: loadManagerNode,
    env: process.env,
    log: (line) => console.log(line),
    readJson: (path) => JSON.parse(readFileSync(join(root, path), 'utf8')),
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof DeployError ? `deploy:cloud: ${error.message}` : error)
      process.exit(1)
    },
  )
}
