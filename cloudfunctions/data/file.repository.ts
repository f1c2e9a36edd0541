// Hands out short-lived download URLs for stored photos (cloud storage), to callers already allowed.
import type { App } from '../shared/cloudbase'

/** CloudBase's temporary URLs last this long: enough to look at a request, not to share it on. */
const URL_MAX_AGE_SECONDS = 3600

export const createFileRepository = (app: App) => ({
  /** fileId → URL for the files that exist; a missing file is left out, never an error. */
  downloadUrls: async (fileIds: readonly string[]): Promise<Map<string, string>> => {
    const unique = [...new Set(fileIds)]
    if (unique.length === 0) return new Map()
    const res = await app.getTempFileURL({
      fileList: unique.map((fileID) => ({ fileID, maxAge: URL_MAX_AGE_SECONDS })),
    })
    return new Map(
      res.fileList.flatMap((f) =>
        f.code === 'SUCCESS' && f.tempFileURL ? [[f.fileID, f.tempFileURL] as const] : [],
      ),
    )
  },
})

export type FileRepository = ReturnType<typeof createFileRepository>
