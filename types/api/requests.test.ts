import { REQUEST_CATEGORIES, REQUEST_CATEGORY_IDS } from '../categories'
import { API } from './index'
import { reportRequestInputSchema } from './requests'

describe('reportRequestInputSchema (shared by the form and the function)', () => {
  const valid = { category: 'repair', description: '楼道灯坏了', clientRequestId: 'abcdefgh-1' }

  it('fills defaults for what the form may leave out', () => {
    expect(reportRequestInputSchema.parse(valid)).toEqual({
      ...valid,
      photos: [],
      urgency: 'normal',
      hideName: false,
    })
  })

  it('explains in Chinese what is wrong, field by field', () => {
    const result = reportRequestInputSchema.safeParse({
      ...valid,
      category: 'x',
      description: ' 灯 ',
    })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries(
      (result.success ? [] : result.error.issues).map((i) => [i.path.join('.'), i.message]),
    )
    expect(messages).toEqual({
      category: '请选择问题类别',
      description: '请至少写 5 个字，说清楚问题',
    })
  })

  it('refuses fields it does not know, such as an identity in the body', () => {
    expect(reportRequestInputSchema.safeParse({ ...valid, openid: 'x' }).success).toBe(false)
  })

  it('takes photos only as cloud storage file IDs', () => {
    const photos = (p: string[]) =>
      reportRequestInputSchema.safeParse({ ...valid, photos: p }).success
    expect(photos(['cloud://linli-local/requests/a/1.jpg'])).toBe(true)
    expect(photos(['https://evil.example/t.gif'])).toBe(false)
    expect(photos(['x'])).toBe(false)
  })

  it('caps text and photos', () => {
    expect(
      reportRequestInputSchema.safeParse({ ...valid, description: '长'.repeat(501) }).success,
    ).toBe(false)
    expect(
      reportRequestInputSchema.safeParse({ ...valid, photos: Array(10).fill('cloud://a') }).success,
    ).toBe(false)
  })
})

describe('the category table and the API map', () => {
  it('describes every category id once', () => {
    expect(REQUEST_CATEGORIES.map((c) => c.id)).toEqual([...REQUEST_CATEGORY_IDS])
  })

  it('lets only grid leaders, members, staff and admins open a grid board', () => {
    expect(API.requests.listForGrid.roles).toEqual(['gridLeader', 'member', 'staff', 'admin'])
  })
})

describe('reportRequestInputSchema: every message a resident may see', () => {
  const valid = { category: 'repair', description: '楼道灯坏了', clientRequestId: 'abcdefgh-1' }
  const messages = (input: unknown) => {
    const result = reportRequestInputSchema.safeParse(input)
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
  }

  it('asks for a description, trims it and caps it at 500', () => {
    expect(messages({ category: 'repair', clientRequestId: 'abcdefgh-1' })).toEqual({
      description: '请描述遇到的问题',
    })
    expect(
      reportRequestInputSchema.parse({ ...valid, description: '  楼道灯坏了  ' }),
    ).toMatchObject({ description: '楼道灯坏了' })
    expect(messages({ ...valid, description: '长'.repeat(501) })).toEqual({
      description: '最多 500 个字',
    })
    expect(messages({ ...valid, description: '长'.repeat(500) })).toEqual({})
  })

  it('takes 9 photos, not 10, each a whole cloud file ID', () => {
    const photos = (p: string[]) => messages({ ...valid, photos: p })
    expect(photos(Array(9).fill('cloud://a'))).toEqual({})
    expect(photos(Array(10).fill('cloud://a'))).toEqual({ photos: '最多 9 张照片' })
    expect(photos(['x cloud://a'])).toEqual({ 'photos.0': '照片上传不完整，请重新选择' })
    expect(photos(['cloud://a b'])).toEqual({ 'photos.0': '照片上传不完整，请重新选择' })
    expect(photos([`cloud://${'a'.repeat(292)}`])).toEqual({})
    expect(Object.keys(photos([`cloud://${'a'.repeat(293)}`]))).toEqual(['photos.0'])
  })
})
