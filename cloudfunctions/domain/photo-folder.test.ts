// A member's photos: only files under their own folder are accepted as theirs.
import { isInFolder, photoFolder } from './photo-folder'

describe('photoFolder', () => {
  it('names a member’s card and service folders by person id', () => {
    expect(photoFolder('members', 'p1')).toBe('members/p1')
    expect(photoFolder('service', 'p1')).toBe('service/p1')
  })
})

describe('isInFolder', () => {
  const folder = 'members/p1'

  it('accepts a file in the folder or below it, in any environment', () => {
    expect(isInFolder('cloud://linli-local/members/p1/a.jpg', folder)).toBe(true)
    expect(isInFolder('cloud://env-1.6c69-bucket/members/p1/2026/a.jpg', folder)).toBe(true)
  })

  it('refuses another member’s folder, a longer id, a request photo or the folder itself', () => {
    expect(isInFolder('cloud://linli-local/members/p2/a.jpg', folder)).toBe(false)
    expect(isInFolder('cloud://linli-local/members/p10/a.jpg', folder)).toBe(false)
    expect(isInFolder('cloud://linli-local/requests/r1/a.jpg', folder)).toBe(false)
    expect(isInFolder('cloud://linli-local/members/p1', folder)).toBe(false)
    expect(isInFolder('cloud://linli-local/x/members/p1/a.jpg', folder)).toBe(false)
  })

  it('refuses a path that climbs out or has an empty segment, and anything not a fileID', () => {
    expect(isInFolder('cloud://linli-local/members/p1/../p2/a.jpg', folder)).toBe(false)
    expect(isInFolder('cloud://linli-local/members/p1//a.jpg', folder)).toBe(false)
    expect(isInFolder('https://linli-local/members/p1/a.jpg', folder)).toBe(false)
    expect(isInFolder('cloud://members/p1/a.jpg', folder)).toBe(false)
    expect(isInFolder('cloud:///members/p1/a.jpg', folder)).toBe(false)
    expect(isInFolder('cloud://linli-local/members/p1/a b.jpg', folder)).toBe(false)
    expect(isInFolder(' cloud://linli-local/members/p1/a.jpg', folder)).toBe(false)
  })
})
