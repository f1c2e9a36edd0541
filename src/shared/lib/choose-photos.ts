// Picks photos and makes them small before upload: compressImage in the mini-program, a canvas in H5.
import Taro from '@tarojs/taro'
import type { LocalPhoto } from '@/shared/api/upload-photo'

/** Long side in pixels and JPEG quality: a clear photo of a broken lamp at ~200 KB. */
const MAX_SIDE = 1280
const QUALITY = 0.8

/** Redraws an image no larger than MAX_SIDE as JPEG (H5 only: uses the DOM's Image and canvas). */
export const compressInCanvas = (src: string): Promise<Blob> =>
  new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => {
      const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight, 1))
      const canvas = document.createElement('canvas')
      canvas.width = Math.max(1, Math.round(image.naturalWidth * scale))
      canvas.height = Math.max(1, Math.round(image.naturalHeight * scale))
      const context = canvas.getContext('2d')
      if (!context) return reject(new Error('no 2d canvas'))
      // JPEG has no transparency: paint white first so PNG edges do not turn black.
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, canvas.width, canvas.height)
      context.drawImage(image, 0, 0, canvas.width, canvas.height)
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
        'image/jpeg',
        QUALITY,
      )
    }
    image.onerror = () => reject(new Error('image failed to load'))
    image.src = src
  })

const isCancel = (error: unknown): boolean =>
  /cancel|abort/i.test(String((error as { errMsg?: string } | null)?.errMsg ?? error))

const chooseWeapp = async (count: number): Promise<LocalPhoto[]> => {
  const chosen = await Taro.chooseImage({
    count,
    sizeType: ['compressed'],
    sourceType: ['album', 'camera'],
  })
  return Promise.all(
    chosen.tempFilePaths.map(async (path) => {
      try {
        const small = await Taro.compressImage({ src: path, quality: QUALITY * 100 })
        return { path: small.tempFilePath }
      } catch {
        return { path }
      }
    }),
  )
}

const chooseH5 = async (count: number): Promise<LocalPhoto[]> => {
  const chosen = await Taro.chooseImage({ count, sourceType: ['album'] })
  return Promise.all(
    chosen.tempFilePaths.map(async (path) => ({ path, blob: await compressInCanvas(path) })),
  )
}

const chooser = () => (process.env.TARO_ENV === 'h5' ? chooseH5 : chooseWeapp)

/** Up to `count` photos, compressed; none when the person cancels the picker. */
export const choosePhotos = async (count: number): Promise<LocalPhoto[]> => {
  try {
    return await chooser()(count)
  } catch (error) {
    if (isCancel(error)) return []
    throw error
  }
}
