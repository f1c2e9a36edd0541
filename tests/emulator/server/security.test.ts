// Nobody let in through the local server: exposure needs consent, /admin checks the SDK's TC3
// signature against the emulator's own key, and X-WX-OPENID counts only from this machine.

import cloudbase from '@cloudbase/node-sdk'
import { Signer } from '@cloudbase/signature-nodejs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from '../../../emulator'
import { prepareLocalSdkEnv } from '../../../emulator/local-sdk-env'
import { callFunction, postJson, startTestEmulator, tempDir } from './helpers'

prepareLocalSdkEnv()

const sdkError = async (emulator: RunningEmulator, secretId: string, secretKey: string) => {
  const app = cloudbase.init({
    env: 'linli-local',
    serviceUrl: emulator.adminUrl,
    secretId,
    secretKey,
  })
  return await app
    .database()
    .collection('anything')
    .get()
    .then(
      () => ({ code: 'NO_ERROR' }),
      (error: { code?: string }) => ({ code: error.code }),
    )
}

/** A request signed the way the SDK signs it (same library, same options), to tamper with. */
const signedRequest = (
  emulator: RunningEmulator,
  body: Record<string, unknown>,
  ageSeconds = 1,
) => {
  const url = `${emulator.adminUrl}?env=linli-local&seqId=test`
  const headers = {
    'User-Agent': 'test',
    'Content-Type': 'application/json',
    Host: new URL(url).host,
  }
  const timestamp = Math.floor(Date.now() / 1000) - ageSeconds
  const { authorization } = new Signer(emulator.credentials, 'tcb').tc3sign(
    'post',
    url,
    headers,
    body,
    timestamp,
    { withSignedParams: true },
  )
  return {
    url,
    headers: {
      ...headers,
      authorization,
      'x-timestamp': String(timestamp),
    },
  }
}

describe('/admin signatures', () => {
  it('accepts the SDK signing with the generated key, and refuses any other key', async () => {
    // GIVEN an emulator that checks signatures
    const { emulator, database } = await startTestEmulator({ requireSignature: true })
    const { secretId, secretKey } = emulator.credentials
    // WHEN the real SDK calls with the emulator's key, a wrong secret, another id, and the dummies
    const good = await sdkError(emulator, secretId, secretKey)
    const reached = database.bodies.length
    const wrongSecret = await sdkError(emulator, secretId, `${secretKey}x`)
    const otherId = await sdkError(emulator, 'linli-0000000000000000', secretKey)
    const dummies = await sdkError(emulator, 'local-dummy-id', 'local-dummy-key')
    const unsigned = await postJson(emulator.adminUrl, { action: 'database.getDocument' })
    await emulator.close()
    // THEN only the first reaches the database; the rest are refused with a signature error
    expect(good.code).toBe('FAKE_DATABASE')
    expect(reached).toBe(1)
    expect([wrongSecret.code, otherId.code, dummies.code]).toEqual([
      'SIGN_PARAM_INVALID',
      'SIGN_PARAM_INVALID',
      'SIGN_PARAM_INVALID',
    ])
    expect(unsigned.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
    expect(database.bodies).toHaveLength(1)
  })

  it('refuses a signed request whose body was changed, or whose signature is too old', async () => {
    const { emulator, database } = await startTestEmulator({ requireSignature: true })
    const body = { action: 'database.getDocument', collectionName: 'persons', query: '{}' }
    // GIVEN a correctly signed request, then the same signature on another body, then an old one
    const fresh = signedRequest(emulator, body)
    const ok = await postJson(fresh.url, body, fresh.headers)
    const tampered = await postJson(
      fresh.url,
      { ...body, collectionName: 'secrets' },
      fresh.headers,
    )
    const old = signedRequest(emulator, body, 3600)
    const expired = await postJson(old.url, body, old.headers)
    const { 'Content-Type': _dropped, ...unsignable } = fresh.headers
    const noContentType = await postJson(fresh.url, body, {
      ...unsignable,
      authorization: fresh.headers.authorization.replace('content-type;', ''),
    })
    await emulator.close()
    // THEN only the untouched fresh one gets through
    expect(ok.json()).toMatchObject({ code: 'FAKE_DATABASE' })
    expect(tampered.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
    expect(expired.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
    expect(noContentType.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
    expect(database.bodies.map((b) => b.collectionName)).toEqual(['persons'])
  })

  it('lets functions call /admin: they sign with the key the emulator gave them', async () => {
    const { emulator } = await startTestEmulator({ requireSignature: true })
    const answer = await callFunction(emulator, 'caller', { target: 'whoami' })
    await emulator.close()
    expect(answer.json()).toMatchObject({ result: { source: 'scf' } })
  })

  it('keeps one key per data folder, readable by its owner only', async () => {
    const dataDir = tempDir()
    const first = await startTestEmulator({ dataDir })
    await first.emulator.close()
    const second = await startTestEmulator({ dataDir })
    await second.emulator.close()
    const file = path.join(dataDir, 'admin-credentials.json')
    expect(second.emulator.credentials).toEqual(first.emulator.credentials)
    expect(first.emulator.credentials.secretKey.length).toBeGreaterThanOrEqual(43)
    expect(fs.statSync(file).mode & 0o077).toBe(0)
  })
})

describe('listening beyond loopback', () => {
  it('refuses to start on 0.0.0.0 without exposeOnNetwork', async () => {
    await expect(startEmulator({ host: '0.0.0.0', port: 0, dataDir: tempDir() })).rejects.toThrow(
      /exposeOnNetwork/,
    )
  })

  it('warns, requires signatures, and refuses X-WX-OPENID from other hosts when exposed', async () => {
    // GIVEN an emulator exposed on every interface
    const { emulator, logs } = await startTestEmulator({ host: '0.0.0.0', exposeOnNetwork: true })
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i?.family === 'IPv4' && !i.internal)?.address
    const port = emulator.port
    // WHEN a caller sends an identity through another host name, or from another address
    const renamed = await postJson(
      `${emulator.url}/functions/whoami`,
      {},
      {
        'x-wx-openid': 'demo-resident',
        host: `192.0.2.55:${port}`,
      },
    )
    const fromLan = lan
      ? await postJson(
          `http://${lan}:${port}/functions/whoami`,
          {},
          { 'x-wx-openid': 'demo-resident' },
        )
      : renamed
    const anonymousFromLan = lan
      ? await postJson(`http://${lan}:${port}/functions/whoami`, {})
      : await postJson(`${emulator.url}/functions/whoami`, {})
    const local = await callFunction(emulator, 'whoami', {}, 'demo-resident')
    const unsigned = await postJson(emulator.adminUrl, { action: 'database.getDocument' })
    await emulator.close()
    // THEN a warning was printed, identities from elsewhere are refused, local ones work
    expect(logs.join('\n')).toMatch(/WARNING: listening on 0\.0\.0\.0/)
    expect(renamed.status).toBe(403)
    expect(fromLan.status).toBe(403)
    expect(anonymousFromLan.json()).toMatchObject({ openid: '' })
    expect(local.json()).toMatchObject({ openid: 'demo-resident' })
    // AND /admin wants a signature
    expect(unsigned.json()).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
  })
})
