// Reads a multipart/form-data body (what the SDK sends for wx.openApi) into named parts.

/** The boundary from a Content-Type header, or null when it is not multipart/form-data. */
export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2] ?? '').trim() || null : null
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')

/** Parts by field name; a value keeps its bytes (requestData is protobuf, not text). */
export function parseMultipart(body: Buffer, boundary: string): Map<string, Buffer> | null {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts = new Map<string, Buffer>()
  let at = body.indexOf(delimiter)
  if (at < 0) return null
  for (;;) {
    at += delimiter.length
    // "--" after a delimiter closes the body.
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts
    if (!body.subarray(at, at + 2).equals(CRLF)) return null
    const headerEnd = body.indexOf(HEADER_END, at)
    if (headerEnd < 0) return null
    const headers = body.subarray(at + 2, headerEnd).toString('utf8')
    const next = body.indexOf(delimiter, headerEnd + 4)
    if (next < 0) return null
    // The value ends with the CRLF that precedes the next delimiter.
    const value = body.subarray(headerEnd + 4, next - 2)
    const name = /name="([^"]*)"/i.exec(headers)?.[1]
    if (name !== undefined) parts.set(name, Buffer.from(value))
    at = next
  }
}
