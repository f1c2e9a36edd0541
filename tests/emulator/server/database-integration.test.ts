// The server with the real database engine: a function reaches it through the unmodified SDK.

import path from 'node:path'
import { callFunction, startTestEmulator, tempDir } from './helpers'

const INDEX_CONFIG = path.join(__dirname, '..', '..', '..', 'cloudfunctions', 'indexes.json')

it('stores and finds a document through a function, and keeps it across a restart', async () => {
  // GIVEN an emulator on the real database (no fake) over a fresh data folder
  const dataDir = tempDir()
  // database: undefined replaces the helpers' fake with emulator/database.
  const real = { dataDir, indexConfigPath: INDEX_CONFIG, database: undefined }
  const first = await startTestEmulator(real)
  // WHEN a function creates a collection and adds a document, and the emulator restarts
  const created = await callFunction(first.emulator, 'db', { op: 'create', collection: 'notes' })
  const added = await callFunction(first.emulator, 'db', {
    op: 'add',
    collection: 'notes',
    doc: { tag: 'hello', text: '楼道灯坏了' },
  })
  await first.emulator.close()
  const second = await startTestEmulator(real)
  const found = await callFunction(second.emulator, 'db', { collection: 'notes', tag: 'hello' })
  await second.emulator.close()
  // THEN each step succeeded through the SDK and the document is found after the restart
  expect(created.json()).not.toHaveProperty('error')
  const { id } = added.json() as { id: string }
  expect(typeof id).toBe('string')
  expect(found.json()).toMatchObject({ data: [{ _id: id, tag: 'hello', text: '楼道灯坏了' }] })
})
