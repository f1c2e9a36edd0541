// Request photos into cloud storage: wx.cloud.uploadFile in the mini-program, the local gateway's
// POST /storage/upload in the H5 build (same identity header as the functions). Answers the fileID.
import Taro from '@tarojs/taro'
import { ApiError } from './api-error'
import { getDevOpenid } from './dev-identity'

/** A photo chosen on the phone: its local path (a preview), and in H5 the compressed bytes. */
export interface LocalPhoto {
  path: string
  blob?: Blob
}

/** As transport-h5: same origin unless the build set LINLI_API_BASE. */
const apiBase = (): string => (process.env.LINLI_API_BASE ?? '').replace(/\/+$/, '')

const uploadH5 = async (cloudPath: string, photo: LocalPhoto): Promise<string> => {
  if (!photo.blob) throw new ApiError('UPLOAD.FAILED', 'no bytes to upload')
  const headers: Record<string, string> = { 'Content-Type': 'image/jpeg' }
  const openid = getDevOpenid()
  if (openid) headers['X-WX-OPENID'] = openid
  let response: Response
  try {
    response = await fetch(`${apiBase()}/storage/upload?path=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers,
      body: photo.blob,
    })
  } catch {
    throw new ApiError('NETWORK.FAILED', 'upload request failed')
  }
  const body = (await response.json().catch(() => null)) as { fileID?: unknown } | null
  if (!response.ok || typeof body?.fileID !== 'string') {
    throw new ApiError('UPLOAD.FAILED', `storage answered HTTP ${response.status}`)
  }
  return body.fileID
}

const uploadWeapp = async (cloudPath: string, photo: LocalPhoto): Promise<string> => {
  try {
    const result = await Taro.cloud.uploadFile({ cloudPath, filePath: photo.path })
    return result.fileID
  } catch (failure) {
    const text = (failure as { errMsg?: string } | null)?.errMsg ?? 'uploadFile failed'
    throw new ApiError(/network|timeout/i.test(text) ? 'NETWORK.FAILED' : 'UPLOAD.FAILED', text)
  }
}

/** A plain conditional (see client.ts): each build keeps only its own uploader. */
const uploader = () => (process.env.TARO_ENV === 'h5' ? uploadH5 : uploadWeapp)

export const uploadPhoto = (cloudPath: string, photo: LocalPhoto): Promise<string> =>
  uploader()(cloudPath, photo)
