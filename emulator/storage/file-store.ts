// Keeps uploaded files under <dataDir>/storage, one file per cloud path, written atomically, with its owner.

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { checkCloudPath } from './paths'

export interface StoredFile {
  file: string
  size: number
}

/** Thrown when a caller uploads over a file another caller owns. */
export class NotOwnerError extends Error {
  constructor(readonly cloudPath: string) {
    super(`the file at "${cloudPath}" belongs to another user`)
    this.name = 'NotOwnerError'
  }
}

export class FileStore {
  // Valid cloud paths never start with '.', so partial uploads here can never be served.
  private readonly scratch: string
  private readonly owners: string

  constructor(readonly root: string) {
    this.scratch = path.join(root, '.uploads')
    this.owners = path.join(root, '.owners')
  }

  /**
   * Writes to a scratch file first, then renames: a reader never sees half a photo. CloudBase's
   * default storage rule lets a user write only files they created, so the first uploader of a path
   * owns it (claimed by an exclusive create, so two racing callers cannot both win).
   */
  async save(cloudPath: string, body: Buffer, owner: string): Promise<void> {
    const target = this.resolve(cloudPath)
    await this.claim(cloudPath, owner)
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

  /** The admin SDK's deleteFile bypasses storage rules: the file and its owner record go. */
  async remove(cloudPath: string): Promise<boolean> {
    const found = await this.find(cloudPath)
    if (!found) return false
    await fs.promises.rm(found.file, { force: true })
    await fs.promises.rm(this.ownerFile(cloudPath), { force: true })
    return true
  }

  private async claim(cloudPath: string, owner: string): Promise<void> {
    const record = this.ownerFile(cloudPath)
    await fs.promises.mkdir(path.dirname(record), { recursive: true })
    try {
      await fs.promises.writeFile(record, owner, { flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if ((await fs.promises.readFile(record, 'utf8')) !== owner) throw new NotOwnerError(cloudPath)
    }
  }

  private ownerFile(cloudPath: string): string {
    return path.join(this.owners, ...(checkCloudPath(cloudPath) ?? '').split('/'))
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
