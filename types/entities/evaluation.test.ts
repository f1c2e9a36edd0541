import {
  appealDocSchema,
  appealStatusSchema,
  evaluationDocSchema,
  evaluationRoundDocSchema,
  verdictSchema,
} from './evaluation'
import { keeps } from '../testing/schema-checks'

const at = new Date('2026-11-26T02:00:00.000Z')

describe('evaluation entities', () => {
  it('lists exactly the verdicts and appeal statuses', () => {
    expect(verdictSchema.options).toEqual(['satisfied', 'basicallySatisfied', 'dissatisfied'])
    expect(appealStatusSchema.options).toEqual(['open', 'answered'])
  })
  it('keeps every stored field', () => {
    keeps(evaluationRoundDocSchema, {
      _id: 'er1',
      communityId: 'c1',
      name: '2026 年第四季度评议',
      startsOn: '2026-11-01',
      endsOn: '2026-11-30',
      memberIds: ['m1'],
      createdBy: null,
      createdAt: at,
    })
    keeps(evaluationDocSchema, {
      _id: 'er1:m1:p1',
      communityId: 'c1',
      roundId: 'er1',
      memberId: 'm1',
      raterId: 'p1',
      gridId: 'g1',
      verdict: 'satisfied',
      comment: null,
      clientRequestId: 'k'.repeat(8),
      createdAt: at,
    })
    keeps(appealDocSchema, {
      _id: 'er1:m1',
      communityId: 'c1',
      roundId: 'er1',
      memberId: 'm1',
      text: '评议有误',
      status: 'answered',
      answer: '已核实',
      answeredBy: 's1',
      createdAt: at,
      answeredAt: at,
    })
  })
  it('checks round dates', () => {
    const round = {
      _id: 'er1',
      communityId: 'c1',
      name: 'n',
      startsOn: '2026-11-01',
      endsOn: '2026-13-30',
      memberIds: [],
      createdBy: 's1',
      createdAt: at,
    }
    expect(evaluationRoundDocSchema.safeParse(round).success).toBe(false)
  })
})
