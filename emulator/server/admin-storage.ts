// /admin storage actions the SDK sends: getTempFileURL and deleteFile for stored photos.

import { adminError } from './admin-errors'
import { cloudPathOf } from '../storage/paths'
import type { ServerState } from './state'

// The SDK passes `data.download_list` / `data.delete_list` through as `fileList` unchanged, so
// the items carry the field names of its documented result types (fileID, tempFileURL, code).

/** `app.getTempFileURL({ fileList })` → `{ file_list: [{ fileid, max_age? }] }`. */
export async function batchDownloadUrls(
  body: Record<string, unknown>,
  state: ServerState,
): Promise<unknown> {
  const list = body.file_list
  if (!Array.isArray(list)) return adminError('INVALID_PARAM', '"file_list" must be an array')
  const downloads = await Promise.all(
    list.map(async (item: unknown) => {
      const fileID = fileIdIn(item)
      const cloudPath = cloudPathOf(state.envId, fileID)
      const found = cloudPath === null ? null : await state.storage.find(cloudPath)
      if (cloudPath === null || !found) {
        return { fileID, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' }
      }
      return { fileID, tempFileURL: downloadUrl(state.url, cloudPath), code: 'SUCCESS' }
    }),
  )
  return { data: { download_list: downloads } }
}

/** `app.deleteFile({ fileList })` → `{ fileid_list: [fileID] }`. */
export async function batchDeleteFiles(
  body: Record<string, unknown>,
  state: ServerState,
): Promise<unknown> {
  const list = body.fileid_list
  if (!Array.isArray(list)) return adminError('INVALID_PARAM', '"fileid_list" must be an array')
  const deletes = await Promise.all(
    list.map(async (fileID: unknown) => {
      const cloudPath = cloudPathOf(state.envId, String(fileID))
      const removed = cloudPath !== null && (await state.storage.remove(cloudPath))
      return { fileID, code: removed ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' }
    }),
  )
  return { data: { delete_list: deletes } }
}

export function downloadUrl(baseUrl: string, cloudPath: string): string {
  return `${baseUrl}/storage/${cloudPath.split('/').map(encodeURIComponent).join('/')}`
}

function fileIdIn(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'fileid' in item) {
    return String((item as { fileid: unknown }).fileid)
  }
  return String(item)
}
