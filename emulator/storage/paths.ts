// Pure rules for stored files: which cloud paths are allowed, image types, and fileID mapping.

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

/** The image types request photos may have, with their extensions and leading bytes. */
const IMAGE_TYPES = {
  'image/jpeg': {
    extensions: ['jpg', 'jpeg'],
    sniff: (b: Buffer) => startsWith(b, [0xff, 0xd8, 0xff]),
  },
  'image/png': {
    extensions: ['png'],
    sniff: (b: Buffer) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  'image/gif': {
    extensions: ['gif'],
    sniff: (b: Buffer) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  },
  'image/webp': {
    extensions: ['webp'],
    sniff: (b: Buffer) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
} as const

export type ImageType = keyof typeof IMAGE_TYPES

export const IMAGE_CONTENT_TYPES = Object.keys(IMAGE_TYPES) as ImageType[]

function startsWith(buffer: Buffer, bytes: readonly number[]): boolean {
  return bytes.every((byte, i) => buffer[i] === byte)
}

export function asImageType(contentType: string | undefined): ImageType | null {
  const bare = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return bare in IMAGE_TYPES ? (bare as ImageType) : null
}

/** The declared type must be what the bytes are: a renamed HTML file is not a photo. */
export function bytesMatchType(body: Buffer, type: ImageType): boolean {
  return IMAGE_TYPES[type].sniff(body)
}

export function extensionMatchesType(cloudPath: string, type: ImageType): boolean {
  const extension = cloudPath.split('.').pop()?.toLowerCase() ?? ''
  return (IMAGE_TYPES[type].extensions as readonly string[]).includes(extension)
}

/** The Content-Type a stored file is served with, from its extension (only images are stored). */
export function contentTypeOf(cloudPath: string): ImageType | null {
  return IMAGE_CONTENT_TYPES.find((type) => extensionMatchesType(cloudPath, type)) ?? null
}

// Each segment starts with a letter or digit (so never "." or ".."), then letters, digits, '.',
// '_' or '-'. No slashes at the ends, no empty segments, no backslashes, no encoded tricks.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
const MAX_PATH_LENGTH = 512
const MAX_DEPTH = 10

/** A cloud path (like `requests/r1/1.jpg`) if it is safe to store under the storage root. */
export function checkCloudPath(cloudPath: string): string | null {
  if (cloudPath.length === 0 || cloudPath.length > MAX_PATH_LENGTH) return null
  const segments = cloudPath.split('/')
  if (segments.length > MAX_DEPTH) return null
  return segments.every((s) => SEGMENT.test(s)) ? cloudPath : null
}

export function fileIdOf(envId: string, cloudPath: string): string {
  return `cloud://${envId}/${cloudPath}`
}

/** The cloud path inside a fileID of this environment, or null for any other fileID. */
export function cloudPathOf(envId: string, fileId: string): string | null {
  const prefix = `cloud://${envId}/`
  return fileId.startsWith(prefix) ? checkCloudPath(fileId.slice(prefix.length)) : null
}
