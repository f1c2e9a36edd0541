// Keeps uploaded files under <dataDir>/storage, one file per cloud path, written atomically.

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { checkCloudPath } from './paths'

export interface StoredFile {
  file: string
  size: number
}

export class FileStore {
  // Valid cloud paths never start with '.', so partial uploads here can never be served.
  private readonly scratch: string

  constructor(readonly root: string) {
    this.scratch = path.join(root, '.uploads')
  }

  /** Writes to a scratch file first, then renames: a reader never sees half a photo. */
  async save(cloudPath: string, body: Buffer): Promise<void> {
    const target = this.resolve(cloudPath)
    await fs.promises.mkdir(path.dirname(target), { recursive: true })
    await fs.promises.mkdir(this.scratch, { recursive: true })
    const temp = path.join(this.scratch, crypto.randomUUID())
    try {
      await fs.promises.writeFile(temp, body)
      await fs.promises.rename(temp, target)
    } catch (error) {
      await fs.promises.rm(temp, { force: true })
      throw error
    }
  }

  async find(cloudPath: string): Promise<StoredFile | null> {
    const file = this.resolve(cloudPath)
    const stat = await fs.promises.stat(file).catch(() => null)
    return stat?.isFile() ? { file, size: stat.size } : null
  }

  async remove(cloudPath: string): Promise<boolean> {
    const found = await this.find(cloudPath)
    if (!found) return false
    await fs.promises.rm(found.file, { force: true })
    return true
  }

  /** The absolute file for a checked cloud path; refuses anything that would leave the root. */
  private resolve(cloudPath: string): string {
    const checked = checkCloudPath(cloudPath)
    const file = checked === null ? null : path.resolve(this.root, ...checked.split('/'))
    if (file === null || !file.startsWith(path.resolve(this.root) + path.sep)) {
      throw new Error(`refused storage path "${cloudPath}"`)
    }
    return file
  }
}
