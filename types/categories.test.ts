import { categoryById, REQUEST_CATEGORIES } from './categories'

// DESIGN §3 written out by hand: the table the code must match, not one read from the code.
const DESIGN_CATEGORIES = [
  ['sanitation', '环境卫生', ['sanitation'], 'sameDay', false],
  ['repair', '设施维修', ['skills'], 'sameDay', false],
  ['heating', '供暖管网', ['skills'], 'sameDay', false],
  ['greening', '绿化养护', ['sanitation'], 'sameDay', false],
  ['security', '治安巡逻', ['publicSecurity'], 'onSite', false],
  ['dispute', '矛盾纠纷', ['legal'], 'difficult', true],
  ['legal', '法律咨询', ['legal'], 'sameDay', false],
  ['medical', '医疗健康', ['medical'], 'homeVisit', true],
  ['elderCare', '助老助残', ['elderCare'], 'homeVisit', true],
  ['education', '教育辅导', ['teaching'], 'difficult', false],
  ['culture', '文体活动', ['cultureSports'], 'difficult', false],
  ['roads', '道路交通', [], 'departmental', false],
  ['other', '其他', [], 'sameDay', false],
] as const

describe('the request categories (DESIGN §3)', () => {
  it('are the 13 of the design, in its order', () => {
    expect(REQUEST_CATEGORIES.map((c) => c.id)).toEqual(DESIGN_CATEGORIES.map(([id]) => id))
  })

  it.each(DESIGN_CATEGORIES)(
    '%s is %s: teams %j, %s, sensitive %s',
    (id, name, teamKinds, handlingMode, sensitive) => {
      expect(REQUEST_CATEGORIES.find((c) => c.id === id)).toEqual({
        id,
        name,
        teamKinds,
        handlingMode,
        sensitive,
      })
    },
  )

  it('keeps mediation, elder care and health (PIPL sensitive data) off public boards', () => {
    const sensitive = REQUEST_CATEGORIES.filter((c) => c.sensitive).map((c) => c.id)
    expect(sensitive).toEqual(['dispute', 'medical', 'elderCare'])
  })
})

describe('categoryById', () => {
  it.each(DESIGN_CATEGORIES.map(([id, name, , handlingMode]) => [id, name, handlingMode]))(
    'finds %s (%s, %s)',
    (id, name, handlingMode) => {
      expect(categoryById(id)).toMatchObject({ id, name, handlingMode })
    },
  )

  it('throws, naming the id, for one that is not in the table', () => {
    expect(() => categoryById('flood' as never)).toThrow('unknown request category flood')
  })
})
