// _id generation the way CloudBase shapes them: 32 hex chars, seconds since epoch in chars 9–16.
import { randomBytes } from 'node:crypto'

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
