// Files: upload and download of request photos, their limits, and the SDK's file actions.

import fs from 'node:fs'
import path from 'node:path'
import type { RunningEmulator } from '../../../emulator'
import { callFunction, request, startTestEmulator } from './helpers'

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('fake png body'),
])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('fake jpeg')])
const PNG_V2 = Buffer.concat([PNG, Buffer.from(' second version')])

let emulator: RunningEmulator
let dataDir: string

beforeAll(async () => {
  ;({ emulator, dataDir } = await startTestEmulator())
})

afterAll(async () => {
  await emulator.close()
})

async function upload(cloudPath: string, body: Buffer, contentType: string, openid = 'uploader') {
  const url = `${emulator.url}/storage/upload?path=${encodeURIComponent(cloudPath)}`
  const headers: Record<string, string> = { 'content-type': contentType }
  if (openid) headers['x-wx-openid'] = openid
  return await request(url, { method: 'POST', headers, body })
}

describe('upload and download', () => {
  it('refuses an upload from nobody, as CloudBase lets only signed-in users write', async () => {
    // GIVEN a valid photo but no caller identity
    // WHEN it is uploaded
    const answer = await upload('requests/anon/1.png', PNG, 'image/png', '')
    // THEN it is refused and nothing is stored there
    expect(answer.status).toBe(401)
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } })
    expect((await request(`${emulator.url}/storage/requests/anon/1.png`)).status).toBe(404)
  })

  // CloudBase's default storage rule: everyone reads, only the creator writes (仅创建者可写):
  // https://docs.cloudbase.net/storage/security-rules, https://docs.cloudbase.net/en/storage/data-permission
  it('lets the uploader replace their file but not another caller, even racing for a new path', async () => {
    // GIVEN a photo uploaded by member-a
    await upload('requests/owned/1.png', PNG, 'image/png', 'member-a')
    // WHEN member-a replaces it, member-b tries to, and two callers race for a fresh path
    const again = await upload('requests/owned/1.png', PNG_V2, 'image/png', 'member-a')
    const other = await upload('requests/owned/1.png', PNG, 'image/png', 'member-b')
    const race = await Promise.all(
      ['member-c', 'member-d'].map((who) => upload('requests/owned/2.png', PNG, 'image/png', who)),
    )
    // THEN the owner's replacement stands, the other caller is refused, one racer wins
    expect(again.status).toBe(200)
    expect(other.status).toBe(403)
    expect(other.json()).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect((await request(`${emulator.url}/storage/requests/owned/1.png`)).body).toEqual(PNG_V2)
    expect(race.map((answer) => answer.status).sort()).toEqual([200, 403])
  })

  it('stores a photo under the data folder and serves it back with its type', async () => {
    // GIVEN a PNG photo for a request
    // WHEN it is uploaded, then downloaded from the returned url
    const uploaded = await upload('requests/r1/1.png', PNG, 'image/png')
    const { fileID, url } = uploaded.json() as { fileID: string; url: string }
    const downloaded = await request(url)
    // THEN the fileID names the env and path, the file sits under <dataDir>/storage,
    // and the download has the same bytes and Content-Type
    expect(uploaded.status).toBe(200)
    expect(fileID).toBe('cloud://linli-local/requests/r1/1.png')
    expect(url).toBe(`${emulator.url}/storage/requests/r1/1.png`)
    expect(fs.readFileSync(path.join(dataDir, 'storage', 'requests', 'r1', '1.png'))).toEqual(PNG)
    expect(downloaded.status).toBe(200)
    expect(downloaded.headers['content-type']).toBe('image/png')
    expect(downloaded.headers['x-content-type-options']).toBe('nosniff')
    expect(downloaded.body).toEqual(PNG)
  })

  it('answers 404 for a file that was never stored', async () => {
    // GIVEN no file at a path
    // WHEN it is downloaded
    const answer = await request(`${emulator.url}/storage/requests/none/1.jpg`)
    // THEN 404 NOT_FOUND
    expect(answer.status).toBe(404)
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('limits and types', () => {
  it('refuses a file over 10 MB with 413 and stores nothing', async () => {
    // GIVEN a JPEG of 10 MB + 1 byte
    const big = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024 + 1 - JPEG.length)])
    // WHEN it is uploaded
    const answer = await upload('requests/r2/big.jpg', big, 'image/jpeg')
    // THEN 413 and no file appears
    expect(answer.status).toBe(413)
    expect(answer.json()).toMatchObject({ error: { code: 'INPUT.TOO_LARGE' } })
    expect(fs.existsSync(path.join(dataDir, 'storage', 'requests', 'r2', 'big.jpg'))).toBe(false)
  })

  it.each([
    ['a type that is not an image', 'requests/r3/page.html', Buffer.from('<html>'), 'text/html'],
    [
      'bytes that are not the declared type',
      'requests/r3/fake.png',
      Buffer.from('<html>'),
      'image/png',
    ],
    ['an extension that is not the declared type', 'requests/r3/photo.png', JPEG, 'image/jpeg'],
  ])('refuses %s with 415', async (_, cloudPath, body, type) => {
    // GIVEN an upload whose type, bytes and extension disagree
    // WHEN it is sent
    const answer = await upload(cloudPath, body, type)
    // THEN 415 and nothing stored
    expect(answer.status).toBe(415)
    expect(answer.json()).toMatchObject({ error: { code: 'INPUT.UNSUPPORTED_TYPE' } })
    expect(fs.existsSync(path.join(dataDir, 'storage', 'requests', 'r3'))).toBe(false)
  })
})

describe('path traversal', () => {
  it.each(['../outside.png', 'requests/../../outside.png', '/etc/x.png', '.hidden.png', ''])(
    'refuses to upload to %j',
    async (cloudPath) => {
      // GIVEN a path that would leave the storage folder (or is empty or hidden)
      // WHEN a valid PNG is uploaded there
      const answer = await upload(cloudPath, PNG, 'image/png')
      // THEN 400 and nothing is written outside the storage folder
      expect(answer.status).toBe(400)
      expect(fs.existsSync(path.join(dataDir, 'outside.png'))).toBe(false)
    },
  )

  it.each(['%2e%2e/%2e%2e/etc/passwd.png', '..%2F..%2Fsecret.png', 'a%5C..%5Cb.png', 'x.html'])(
    'refuses to download %j',
    async (encoded) => {
      // GIVEN a file placed beside the storage folder, and an encoded path aiming at it
      fs.writeFileSync(path.join(dataDir, 'secret.png'), PNG)
      // WHEN it is requested
      const answer = await request(`${emulator.url}/storage/${encoded}`)
      // THEN the path is refused before any file is read
      expect(answer.status).toBe(400)
      expect(answer.json()).toMatchObject({ error: { code: 'INPUT.INVALID' } })
    },
  )
})

describe('SDK file actions', () => {
  it('gives download URLs for fileIDs, then deletes the file', async () => {
    // GIVEN a stored photo
    const { fileID } = (await upload('requests/r4/1.jpg', JPEG, 'image/jpeg')).json() as {
      fileID: string
    }
    // WHEN a function asks the SDK for its URL, deletes it, and asks again
    const urls = await callFunction(emulator, 'files', { fileIDs: [fileID] })
    const deleted = await callFunction(emulator, 'files', { op: 'delete', fileIDs: [fileID] })
    const after = await callFunction(emulator, 'files', { fileIDs: [fileID] })
    // THEN the URL serves it, the delete succeeds, and the file is gone
    const [first] = urls.json() as Array<{ fileID: string; tempFileURL: string; code: string }>
    expect(first).toEqual({
      fileID,
      tempFileURL: `${emulator.url}/storage/requests/r4/1.jpg`,
      code: 'SUCCESS',
    })
    expect(deleted.json()).toEqual([{ fileID, code: 'SUCCESS' }])
    expect(after.json()).toEqual([{ fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }])
  })
})
