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
