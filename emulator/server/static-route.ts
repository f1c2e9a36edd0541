// GET /…: serves the H5 build from staticDir, falling back to index.html for the app's own routes.

import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { sendAppError } from './http-io'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

export async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  staticDir: string,
  rawPath: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendAppError(res, 404, 'NOT_FOUND', `no route for ${req.method} ${rawPath}`)
  }
  const file = await resolveFile(staticDir, rawPath)
  if (!file) return sendAppError(res, 404, 'NOT_FOUND', `no file at ${rawPath}`)
  const stat = await fs.promises.stat(file)
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  // index.html must be revalidated so a rebuild shows up; hashed assets may be cached.
  const cache = file.endsWith('.html') ? 'no-cache' : 'public, max-age=300'
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(stat.size),
    'cache-control': cache,
  })
  if (req.method === 'HEAD') return void res.end()
  await pipeline(fs.createReadStream(file), res)
}

/** The file for a URL path inside root, the SPA's index.html for an extension-less miss, or null. */
async function resolveFile(root: string, rawPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s.includes('\\') || s.includes('\0'))) return null
  const base = path.resolve(root)
  const candidate = path.resolve(base, ...segments)
  if (candidate !== base && !candidate.startsWith(base + path.sep)) return null
  const direct = await fileAt(candidate)
  if (direct) return direct
  const index = await fileAt(path.join(candidate, 'index.html'))
  if (index) return index
  // /pages/report/index is an app route, not a file: hand it to the SPA router.
  return path.extname(decoded) === '' ? await fileAt(path.join(base, 'index.html')) : null
}

async function fileAt(file: string): Promise<string | null> {
  const stat = await fs.promises.stat(file).catch(() => null)
  return stat?.isFile() ? file : null
}
