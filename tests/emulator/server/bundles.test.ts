// Function bundles on disk: found when added after start, reloaded when rebuilt, config checked.

import fs from 'node:fs'
import path from 'node:path'
import { callFunction, FIXTURE_FUNCTIONS, startTestEmulator, tempDir } from './helpers'

describe('bundles on disk', () => {
  it('finds a function folder added after start, and picks up a rebuilt bundle', async () => {
    // GIVEN an emulator over a functions folder that starts empty
    const functionsDir = tempDir('linli-functions-')
    const { emulator: own } = await startTestEmulator({ functionsDir })
    const dir = path.join(functionsDir, 'late')
    fs.mkdirSync(dir)
    // WHEN a bundle appears, is called, is rebuilt, and is called again
    fs.writeFileSync(path.join(dir, 'index.js'), 'exports.main = async () => "v1"\n')
    const first = await callFunction(own, 'late', {})
    fs.writeFileSync(path.join(dir, 'index.js'), 'exports.main = async () => "v2"\n')
    fs.utimesSync(path.join(dir, 'index.js'), new Date(), new Date(Date.now() + 5000))
    const second = await callFunction(own, 'late', {})
    await own.close()
    // THEN the first call found it and the second ran the new code
    expect(first.json()).toBe('v1')
    expect(second.json()).toBe('v2')
  })

  it('fails to start on a config.json with a bad cron', async () => {
    // GIVEN a bundle whose timer trigger has a 6-field cron
    const functionsDir = tempDir('linli-functions-')
    fs.cpSync(path.join(FIXTURE_FUNCTIONS, 'ticker'), path.join(functionsDir, 'ticker'), {
      recursive: true,
    })
    const config = { triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * *' }] }
    fs.writeFileSync(path.join(functionsDir, 'ticker', 'config.json'), JSON.stringify(config))
    // WHEN the emulator starts
    const start = startTestEmulator({ functionsDir })
    // THEN it refuses, naming the function, trigger and problem
    await expect(start).rejects.toThrow('ticker/config.json trigger "nightly": invalid cron')
  })
})
