// Photos for a form (a request's note, a member's card or service record): each chosen photo
// uploads at once into `folder`; the form sends the fileIDs that finished.
import { useCallback, useRef, useState } from 'react'
import { PHOTOS_MAX } from '@linli/types'
import { errorMessage } from '@/shared/api/error-messages'
import { uploadPhoto } from '@/shared/api/upload-photo'
import { choosePhotos } from '../lib/choose-photos'

/** A file name nobody else picks: the time and a random part. */
const newPhotoKey = (): string =>
  `ph-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export interface PhotoItem {
  key: string
  preview: string
  fileId: string | null
  failed: boolean
}

/** `max` photos at most (a request's note takes 9, a card 1). */
export function usePhotoUploads(folder: string, max: number = PHOTOS_MAX) {
  const [items, setItems] = useState<PhotoItem[]>([])
  const [error, setError] = useState<string | null>(null)
  const count = useRef(0)
  const patch = (key: string, change: Partial<PhotoItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)))

  const add = useCallback(async () => {
    setError(null)
    try {
      const room = max - count.current
      if (room <= 0) return
      const photos = (await choosePhotos(room)).slice(0, room)
      const added = photos.map((photo) => ({ photo, key: newPhotoKey() }))
      count.current += added.length
      setItems((all) => [
        ...all,
        ...added.map(({ photo, key }) => ({
          key,
          preview: photo.path,
          fileId: null,
          failed: false,
        })),
      ])
      await Promise.all(
        added.map(async ({ photo, key }) => {
          try {
            patch(key, { fileId: await uploadPhoto(`${folder}/${key}.jpg`, photo) })
          } catch (failure) {
            patch(key, { failed: true })
            setError(errorMessage(failure))
          }
        }),
      )
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }, [folder, max])

  const remove = useCallback((key: string) => {
    count.current -= 1
    setItems((all) => all.filter((item) => item.key !== key))
  }, [])

  const uploading = items.some((item) => item.fileId === null && !item.failed)
  const fileIds = items.flatMap((item) => (item.fileId ? [item.fileId] : []))
  return { items, fileIds, uploading, error, add, remove, max }
}
