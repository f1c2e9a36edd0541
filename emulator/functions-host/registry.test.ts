// Unit tests for finding function bundles and reading their config.json.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_TIMEOUT_MS, FunctionConfigError, findFunction, scanFunctions } from './registry'

let root: string

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-registry-'))
})

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

function bundle(name: string, config?: unknown): void {
  fs.mkdirSync(path.join(root, name))
  fs.writeFileSync(path.join(root, name, 'index.js'), 'exports.main = async () => 1\n')
  if (config !== undefined) {
    const text = typeof config === 'string' ? config : JSON.stringify(config)
    fs.writeFileSync(path.join(root, name, 'config.json'), text)
  }
}

describe('findFunction', () => {
  it('reads timeout, timer triggers and envVariables from config.json', () => {
    // GIVEN a bundle with a full config.json
    bundle('digest', {
      timeout: 5,
      triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }],
      envVariables: { LINLI_COMMUNITY_ID: 'chengxi' },
      permissions: { openapi: [] },
    })
    // WHEN it is looked up
    const found = findFunction(root, 'digest')
    // THEN the settings are read, with the timeout in milliseconds
    expect(found).toMatchObject({
      name: 'digest',
      entry: path.join(root, 'digest', 'index.js'),
      timeoutMs: 5000,
      timers: [{ name: 'nightly', config: '0 0 2 * * * *' }],
      envVariables: { LINLI_COMMUNITY_ID: 'chengxi' },
    })
  })

  it('uses defaults without a config.json, and finds nothing for bad names', () => {
    // GIVEN a bundle without config.json
    bundle('plain')
    // WHEN it and some impossible names are looked up
    // THEN defaults apply, and names that are not CloudBase names find nothing
    expect(findFunction(root, 'plain')).toMatchObject({ timeoutMs: DEFAULT_TIMEOUT_MS, timers: [] })
    expect(findFunction(root, 'absent')).toBeNull()
    expect(findFunction(root, '../plain')).toBeNull()
    expect(findFunction(root, '')).toBeNull()
  })

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['an array', '[]', 'expected a JSON object'],
    ['a bad timeout', { timeout: 0 }, '"timeout" must be a positive number'],
    ['non-array triggers', { triggers: {} }, '"triggers" must be an array'],
    ['a non-timer trigger', { triggers: [{ name: 'x', type: 'cos', config: '' }] }, 'triggers[0]'],
    ['non-string env values', { envVariables: { N: 1 } }, '"envVariables" must map'],
  ])('refuses a config.json that is %s', (_, config, message) => {
    // GIVEN a bundle with a broken config.json
    bundle('bad', config)
    // WHEN it is looked up
    const find = (): unknown => findFunction(root, 'bad')
    // THEN a FunctionConfigError names the file and the problem
    expect(find).toThrow(FunctionConfigError)
    expect(find).toThrow(message)
  })
})

describe('scanFunctions', () => {
  it('lists folders that hold an index.js, and nothing for a missing folder', () => {
    // GIVEN two bundles, a folder without index.js, and a stray file
    bundle('org')
    bundle('requests')
    fs.mkdirSync(path.join(root, 'empty'))
    fs.writeFileSync(path.join(root, 'README.md'), '')
    // WHEN the folder (and a missing one) is scanned
    const names = scanFunctions(root).map((b) => b.name)
    // THEN only the bundles are found
    expect(names.sort()).toEqual(['org', 'requests'])
    expect(scanFunctions(path.join(root, 'missing'))).toEqual([])
  })
})
