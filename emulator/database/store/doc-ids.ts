// _id values: generated the way CloudBase shapes them (32 hex chars, seconds in chars 9–16), and their SQL form.
import { randomBytes } from 'node:crypto'
import { ObjectId } from 'bson'

// CloudBase ids look like "2ed3518f5f0d1bb200b1c8bd1e9d9b6e": 8 hex, 8 hex of Unix seconds, 16 hex.
const processPrefix = randomBytes(4).toString('hex')
let counter = randomBytes(3).readUIntBE(0, 3)

export function newDocId(now: Date): string {
  counter = (counter + 1) % 0x1000000
  const seconds = Math.floor(now.getTime() / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8)
  return (
    processPrefix + seconds + counter.toString(16).padStart(6, '0') + randomBytes(5).toString('hex')
  )
}

/** CloudBase ids: generated strings, numbers (doc(123)) or ObjectIds given by the caller (db.ObjectId). */
export type DocId = string | number | ObjectId

/** How an id sits in the `id` column: an ObjectId as its 12 bytes (a BLOB, never equal to a string). */
export type SqlId = string | number | Buffer

export function isObjectId(value: unknown): value is ObjectId {
  const type = (value as { _bsontype?: unknown } | null)?._bsontype
  return typeof value === 'object' && (type === 'ObjectID' || type === 'ObjectId')
}

export function toSqlId(id: DocId): SqlId {
  return isObjectId(id) ? Buffer.from(id.id) : id
}

export function fromSqlId(raw: SqlId): DocId {
  return Buffer.isBuffer(raw) ? new ObjectId(raw) : raw
}
