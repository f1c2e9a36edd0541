// The deploy command against a fake manager that records calls (Tencent Cloud is not reachable from tests).
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { CloudManager } from './cloud-apply'
import type { CreateIndex, ExistingIndex } from './cloud-plan'
import { runDeploy, type DeployDeps } from './deploy-cloud'

const root = join(__dirname, '..')
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'))
const localRequire = createRequire(__filename)
const CREDENTIALS = { TENCENTCLOUD_SECRETID: 'id', TENCENTCLOUD_SECRETKEY: 'key' }

/** An in-memory CloudBase: collections with index names, the rules set, and every call in order. */
function fakeCloud(existing: Record<string, ExistingIndex[]> = {}) {
  const collections = new Map(Object.entries(existing))
  const calls: string[] = []
  const databaseRules = new Map<string, unknown>()
  let storageRule: unknown
  const manager: CloudManager = {
    database: {
      checkCollectionExists: async (name) => ({ Exists: collections.has(name) }),
      createCollectionIfNotExists: async (name) => {
        calls.push(`createCollectionIfNotExists ${name}`)
        const IsCreated = !collections.has(name)
        if (IsCreated) collections.set(name, [{ Name: '_id_' }])
        return { IsCreated }
      },
      describeCollection: async (name) => ({ Indexes: collections.get(name) }),
      updateCollection: async (name, { CreateIndexes = [] }) => {
        calls.push(
          `updateCollection ${name} ${CreateIndexes.map((i: CreateIndex) => i.IndexName).join(',')}`,
        )
        const indexes = collections.get(name)
        if (!indexes) throw new Error(`collection ${name} does not exist`)
        for (const index of CreateIndexes)
          indexes.push({
            Name: index.IndexName,
            Keys: index.MgoKeySchema.MgoIndexKeys,
            Unique: index.MgoKeySchema.MgoIsUnique,
          })
      },
    },
    storage: {
      setStorageAcl: async (acl, rule) => {
        calls.push(`setStorageAcl ${acl}`)
        storageRule = rule
      },
    },
    commonService: (service) => ({
      call: async ({ Action, Param }) => {
        calls.push(`${service}.${Action} ${String(Param.CollectionName)}`)
        if (
          Action !== 'ModifySafeRule' ||
          Param.AclTag !== 'CUSTOM' ||
          typeof Param.Rule !== 'string'
        )
          throw new Error(`unexpected call ${Action}`)
        databaseRules.set(
          `${String(Param.EnvId)}/${String(Param.CollectionName)}`,
          JSON.parse(Param.Rule),
        )
      },
    }),
  }
  return { manager, calls, collections, databaseRules, storageRule: () => storageRule }
}

function deps(manager: CloudManager, env: Record<string, string | undefined> = CREDENTIALS) {
  const lines: string[] = []
  const configs: unknown[] = []
  const d: DeployDeps = {
    loadManager: async () => (config) => {
      configs.push(config)
      return manager
    },
    env,
    log: (line) => lines.push(line),
    readJson,
  }
  return { d, lines, configs }
}

describe('deploy:cloud', () => {
  it('deploys everything to an empty environment, then a re-run creates nothing', async () => {
    const cloud = fakeCloud()
    const first = deps(cloud.manager)
    expect(await runDeploy(['--env', 'linli-1'], first.d)).toBe(0)
    expect(first.configs).toEqual([{ envId: 'linli-1', secretId: 'id', secretKey: 'key' }])
    expect(cloud.calls.filter((c) => c.startsWith('createCollection'))).toHaveLength(36)
    // One UpdateTable call per collection with indexes, carrying all of them.
    expect(cloud.calls).toContain(
      'updateCollection requests grid_board,community_recent,reporter_recent,grid_status_board,grid_public_board,community_status,team_kind_status,handler_status_recent,building_category,community_status_escalation_due,community_status_resolved',
    )
    expect(cloud.calls.filter((c) => c.startsWith('updateCollection'))).toHaveLength(29)
    expect(cloud.databaseRules.size).toBe(36)
    expect(cloud.databaseRules.get('linli-1/persons')).toEqual({ read: false, write: false })
    expect(cloud.storageRule()).toEqual(
      (readJson('cloudfunctions/security-rules.json') as { storage: unknown }).storage,
    )

    cloud.calls.length = 0
    const again = deps(cloud.manager)
    expect(await runDeploy(['--env=linli-1'], again.d)).toBe(0)
    expect(cloud.calls.filter((c) => !c.startsWith('tcb.ModifySafeRule'))).toEqual([
      'setStorageAcl CUSTOM',
    ])
  })

  it('exits 2 with a warning when an index differs, and changes no index', async () => {
    const cloud = fakeCloud({
      units: [{ Name: 'community', Keys: [{ Name: 'communityId', Direction: '-1' }] }],
    })
    const run = deps(cloud.manager)
    expect(await runDeploy(['--env', 'e'], run.d)).toBe(2)
    expect(cloud.calls.some((c) => c.startsWith('updateCollection units'))).toBe(false)
    expect(run.lines.at(-2)).toMatch(/^WARNING index units.community exists as \(communityId:-1\)/)
  })

  it('prints the plan on --dry-run without credentials or a manager', async () => {
    const run = deps(fakeCloud().manager, {})
    expect(await runDeploy(['--dry-run'], run.d)).toBe(0)
    expect(run.configs).toEqual([])
    expect(run.lines).toContain('create index persons.openid (openid:1, unique)')
    expect(run.lines).toContain('set rule quotas: {"read":false,"write":false}')
    expect(run.lines).toHaveLength(139)
  })

  it('refuses to run without an env or credentials, touching nothing', async () => {
    const cloud = fakeCloud()
    await expect(runDeploy([], deps(cloud.manager).d)).rejects.toThrow('--env is required')
    await expect(runDeploy(['--env'], deps(cloud.manager).d)).rejects.toThrow('--env needs a value')
    await expect(runDeploy(['--envx'], deps(cloud.manager).d)).rejects.toThrow(
      'unknown argument --envx',
    )
    await expect(runDeploy(['--env', 'e'], deps(cloud.manager, {}).d)).rejects.toThrow(
      'set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY',
    )
    expect(cloud.calls).toEqual([])
  })

  it('names the missing package, else the missing credentials, run as the npm script runs it', async () => {
    let installed = true
    try {
      localRequire.resolve('@cloudbase/manager-node')
    } catch {
      installed = false
    }
    const env = { ...process.env }
    delete env.TENCENTCLOUD_SECRETID
    delete env.TENCENTCLOUD_SECRETKEY
    // Without credentials the real manager is never created, so this cannot reach the cloud either way.
    const run = promisify(execFile)(
      process.execPath,
      [localRequire.resolve('tsx/cli'), 'scripts/deploy-cloud.ts', '--env', 'e'],
      { cwd: root, env },
    )
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        installed
          ? 'deploy:cloud: set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY'
          : 'deploy:cloud: @cloudbase/manager-node is not installed. Run: npm install --no-save @cloudbase/manager-node@5.6.5',
      ),
    })
  })
})
