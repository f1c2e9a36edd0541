// POST /storage/upload?path=… and GET /storage/<path>: request photos, stored under the data folder.

import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import {
  asImageType,
  bytesMatchType,
  checkCloudPath,
  contentTypeOf,
  extensionMatchesType,
  fileIdOf,
  MAX_UPLOAD_BYTES,
} from '../storage/paths'
import { NotOwnerError } from '../storage/file-store'
import { downloadUrl } from './admin-storage'
import { queryOf, readBody, sendAppError, sendJson } from './http-io'
import { callerOf } from './local-caller'
import type { ServerState } from './state'

const PATH_RULE = 'segments of A-Z a-z 0-9 . _ - (not starting with "."), joined by "/"'

/** The raw body is the file; `Content-Type` says its type; answers `{ fileID, url }`. */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  headers: Record<string, string>,
): Promise<void> {
  const fail = (status: number, code: string, message: string): void =>
    sendAppError(res, status, code, message, headers)
  if (req.method !== 'POST') return fail(405, 'HTTP.METHOD_NOT_ALLOWED', 'upload with POST')
  // CloudBase's default storage rule lets only signed-in users write; reading stays open.
  const owner = callerOf(req)?.openid
  if (!owner) return fail(401, 'AUTH.UNAUTHENTICATED', 'upload needs X-WX-OPENID')
  const cloudPath = checkCloudPath(queryOf(req).get('path') ?? '')
  if (cloudPath === null) return fail(400, 'INPUT.INVALID', `?path= must be ${PATH_RULE}`)
  const type = asImageType(req.headers['content-type'])
  if (type === null) {
    return fail(415, 'INPUT.UNSUPPORTED_TYPE', 'Content-Type must be image/jpeg, png, webp or gif')
  }
  if (!extensionMatchesType(cloudPath, type)) {
    return fail(415, 'INPUT.UNSUPPORTED_TYPE', `the extension of "${cloudPath}" is not ${type}`)
  }
  const read = await readBody(req, MAX_UPLOAD_BYTES)
  if (!read.ok) {
    if (read.reason === 'aborted') return fail(400, 'INPUT.INVALID', 'upload aborted')
    return fail(
      413,
      'INPUT.TOO_LARGE',
      `a file may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
    )
  }
  if (read.body.length === 0) return fail(400, 'INPUT.INVALID', 'the body (the file) is empty')
  if (!bytesMatchType(read.body, type)) {
    return fail(415, 'INPUT.UNSUPPORTED_TYPE', `the body is not a ${type} file`)
  }
  try {
    await state.storage.save(cloudPath, read.body, owner)
  } catch (error) {
    if (error instanceof NotOwnerError) return fail(403, 'AUTH.FORBIDDEN', error.message)
    throw error
  }
  sendJson(
    res,
    200,
    { fileID: fileIdOf(state.envId, cloudPath), url: urlFor(req, state, cloudPath) },
    headers,
  )
}

/** Serves a stored file with the type its extension names; anything else is refused. */
export async function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  state: ServerState,
  encodedPath: string,
  headers: Record<string, string>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendAppError(res, 405, 'HTTP.METHOD_NOT_ALLOWED', 'download with GET', headers)
  }
  const cloudPath = checkCloudPath(safeDecode(encodedPath))
  const type = cloudPath === null ? null : contentTypeOf(cloudPath)
  if (cloudPath === null || type === null) {
    return sendAppError(res, 400, 'INPUT.INVALID', `a file path must be ${PATH_RULE}`, headers)
  }
  const found = await state.storage.find(cloudPath)
  if (!found) return sendAppError(res, 404, 'NOT_FOUND', `no file at "${cloudPath}"`, headers)
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(found.size),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...headers,
  })
  if (req.method === 'HEAD') return void res.end()
  await pipeline(fs.createReadStream(found.file), res)
}

/** The download URL on the host the client used, so it works from the H5 dev server's proxy too. */
function urlFor(req: IncomingMessage, state: ServerState, cloudPath: string): string {
  const host = req.headers.host
  return downloadUrl(host ? `http://${host}` : state.url, cloudPath)
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}
