// The emulator's own SDK key: generated at first start, kept in the data folder, handed to functions.

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What @cloudbase/node-sdk signs with (TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY). */
export interface AdminCredentials {
  secretId: string
  secretKey: string
}

export const CREDENTIALS_FILE = 'admin-credentials.json'

function isCredentials(value: unknown): value is AdminCredentials {
  const v = value as Partial<AdminCredentials> | null
  return (
    typeof v?.secretId === 'string' &&
    /^linli-[0-9a-f]{16}$/.test(v.secretId) &&
    typeof v.secretKey === 'string' &&
    v.secretKey.length >= 32
  )
}

/**
 * Reads `<dataDir>/admin-credentials.json`, creating it (owner-only) the first time. The file is
 * written under a temporary name and linked into place, so two emulators starting on one folder
 * agree on one key and a crash never leaves half a key behind.
 */
export function loadOrCreateCredentials(dataDir: string): AdminCredentials {
  const file = path.join(dataDir, CREDENTIALS_FILE)
  const existing = readCredentials(file)
  if (existing) return existing
  const fresh: AdminCredentials = {
    secretId: `linli-${crypto.randomBytes(8).toString('hex')}`,
    secretKey: crypto.randomBytes(32).toString('base64url'),
  }
  const scratch = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`
  fs.writeFileSync(scratch, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600 })
  try {
    fs.linkSync(scratch, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    fs.rmSync(scratch, { force: true })
  }
  const stored = readCredentials(file)
  if (!stored)
    throw new Error(`${file} is not a valid credentials file: delete it to make a new key`)
  return stored
}

/** The key of a data folder if an emulator has made one (for scripts that talk to a running one). */
export function findCredentials(dataDir: string): AdminCredentials | null {
  return readCredentials(path.join(dataDir, CREDENTIALS_FILE))
}

function readCredentials(file: string): AdminCredentials | null {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const value: unknown = JSON.parse(text)
  if (!isCredentials(value)) {
    throw new Error(`${file} is not a valid credentials file: delete it to make a new key`)
  }
  return value
}
