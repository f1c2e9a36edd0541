// Unit tests for the storage path, type and fileID rules.

import {
  asImageType,
  bytesMatchType,
  checkCloudPath,
  cloudPathOf,
  contentTypeOf,
  extensionMatchesType,
  fileIdOf,
} from './paths'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')])
const GIF = Buffer.from('GIF89a....')

describe('checkCloudPath', () => {
  it.each(['requests/r1/1.jpg', 'a.png', 'x/y/z/photo-2_final.webp'])('accepts %j', (p) => {
    // GIVEN an ordinary nested path
    // WHEN it is checked
    // THEN it is kept as is
    expect(checkCloudPath(p)).toBe(p)
  })

  it.each([
    '',
    '../etc/passwd',
    'requests/../../x.jpg',
    './a.jpg',
    '/abs.jpg',
    'a//b.jpg',
    'a/b/',
    'a\\b.jpg',
    '.hidden.jpg',
    'a/%2e%2e/b.jpg',
    '照片.jpg',
    'a/'.repeat(10) + 'b.jpg',
  ])('refuses %j', (p) => {
    // GIVEN a path that could escape the root, hide a file, or is malformed
    // WHEN it is checked
    // THEN it is refused
    expect(checkCloudPath(p)).toBeNull()
  })
})

describe('image types', () => {
  it('reads the declared type, ignoring parameters and case', () => {
    // GIVEN Content-Type headers
    // WHEN they are read
    // THEN only the four image types are recognised
    expect(asImageType('Image/JPEG; charset=binary')).toBe('image/jpeg')
    expect(asImageType('image/webp')).toBe('image/webp')
    expect(asImageType('text/html')).toBeNull()
    expect(asImageType(undefined)).toBeNull()
  })

  it('checks the bytes against the declared type', () => {
    // GIVEN real leading bytes of each format
    // WHEN compared with declared types
    // THEN a match needs the right signature
    expect(bytesMatchType(PNG, 'image/png')).toBe(true)
    expect(bytesMatchType(JPEG, 'image/jpeg')).toBe(true)
    expect(bytesMatchType(WEBP, 'image/webp')).toBe(true)
    expect(bytesMatchType(GIF, 'image/gif')).toBe(true)
    expect(bytesMatchType(Buffer.from('<html>'), 'image/png')).toBe(false)
    expect(bytesMatchType(PNG, 'image/jpeg')).toBe(false)
  })

  it('ties extensions to types', () => {
    // GIVEN paths with various extensions
    // WHEN matched against types
    // THEN jpg and jpeg are JPEG, and the served type follows the extension
    expect(extensionMatchesType('a/b.JPEG', 'image/jpeg')).toBe(true)
    expect(extensionMatchesType('a/b.png', 'image/jpeg')).toBe(false)
    expect(contentTypeOf('a/b.jpg')).toBe('image/jpeg')
    expect(contentTypeOf('a/b.html')).toBeNull()
  })
})

describe('fileIDs', () => {
  it('round-trips a cloud path through a fileID of the same environment only', () => {
    // GIVEN a fileID made for env "linli-local"
    const fileId = fileIdOf('linli-local', 'requests/r1/1.jpg')
    // WHEN it is read back in that env and in another
    // THEN the path comes back only for the same env, and unsafe paths never do
    expect(fileId).toBe('cloud://linli-local/requests/r1/1.jpg')
    expect(cloudPathOf('linli-local', fileId)).toBe('requests/r1/1.jpg')
    expect(cloudPathOf('other-env', fileId)).toBeNull()
    expect(cloudPathOf('linli-local', 'cloud://linli-local/../x.jpg')).toBeNull()
  })
})
