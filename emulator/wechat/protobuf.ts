// The two protobuf messages of WeChat's cloud call, read and written by hand: wx-server-sdk sends a
// CommApiData (its open-API pairs) and expects a CommOpenApiResp back (field numbers from its
// generated code: CommApiData 2 = openapiData {1 = pairs {1 key, 2 value}}; CommOpenApiResp
// 1 respData, 2 contentType, 3 errorCode).

interface Reader {
  buf: Buffer
  pos: number
}

function varint(r: Reader): number {
  let result = 0
  let shift = 0
  for (;;) {
    if (r.pos >= r.buf.length) throw new Error('truncated varint')
    const byte = r.buf[r.pos++] as number
    result += (byte & 0x7f) * 2 ** shift
    if ((byte & 0x80) === 0) return result
    shift += 7
    if (shift > 63) throw new Error('varint too long')
  }
}

/** Each field as (number, wire type, bytes or varint); unknown fields are skipped by callers. */
function* fields(buf: Buffer): Generator<{ field: number; bytes?: Buffer; value?: number }> {
  const r: Reader = { buf, pos: 0 }
  while (r.pos < buf.length) {
    const key = varint(r)
    const field = Math.floor(key / 8)
    const wire = key % 8
    if (wire === 0) yield { field, value: varint(r) }
    else if (wire === 2) {
      const length = varint(r)
      if (r.pos + length > buf.length) throw new Error('truncated field')
      yield { field, bytes: buf.subarray(r.pos, r.pos + length) }
      r.pos += length
    } else if (wire === 1) r.pos += 8
    else if (wire === 5) r.pos += 4
    else throw new Error(`unsupported wire type ${wire}`)
  }
}

/** The open-API call's parameters: each pair's value is the JSON text of one top-level field. */
export function decodeOpenApiPairs(buf: Buffer): Map<string, Buffer> {
  const pairs = new Map<string, Buffer>()
  for (const top of fields(buf)) {
    if (top.field !== 2 || !top.bytes) continue
    for (const pair of fields(top.bytes)) {
      if (pair.field !== 1 || !pair.bytes) continue
      let key = ''
      let value = Buffer.alloc(0)
      for (const f of fields(pair.bytes)) {
        if (f.field === 1 && f.bytes) key = f.bytes.toString('utf8')
        if (f.field === 2 && f.bytes) value = Buffer.from(f.bytes)
      }
      pairs.set(key, value)
    }
  }
  return pairs
}

function writeVarint(out: number[], n: number): void {
  let v = n
  while (v > 0x7f) {
    out.push((v % 128) | 0x80)
    v = Math.floor(v / 128)
  }
  out.push(v)
}

function lengthDelimited(field: number, bytes: Buffer): Buffer {
  const head: number[] = []
  writeVarint(head, field * 8 + 2)
  writeVarint(head, bytes.length)
  return Buffer.concat([Buffer.from(head), bytes])
}

/** WeChat's answer: the JSON body and its content type (errorCode stays 0: WeChat answered). */
export function encodeOpenApiResp(json: unknown): Buffer {
  return Buffer.concat([
    lengthDelimited(1, Buffer.from(JSON.stringify(json), 'utf8')),
    lengthDelimited(2, Buffer.from('application/json; charset=utf-8', 'utf8')),
  ])
}

/** For tests: the pairs a client would send, as wx-server-sdk encodes them. */
export function encodeOpenApiPairs(pairs: Record<string, unknown>): Buffer {
  const encoded = Object.entries(pairs).map(([key, value]) =>
    lengthDelimited(
      1,
      Buffer.concat([
        lengthDelimited(1, Buffer.from(key, 'utf8')),
        lengthDelimited(2, Buffer.from(JSON.stringify(value), 'utf8')),
      ]),
    ),
  )
  return Buffer.concat([Buffer.from([8, 0]), lengthDelimited(2, Buffer.concat(encoded))])
}
