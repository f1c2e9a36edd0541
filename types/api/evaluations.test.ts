import {
  answerAppealInputSchema,
  appealInputSchema,
  appealViewSchema,
  ballotInputSchema,
  ballotOutputSchema,
  openRoundInputSchema,
  rateInputSchema,
  rateOutputSchema,
  RESULT_THRESHOLD,
  resultRowSchema,
  resultsInputSchema,
  resultsOutputSchema,
  roundsInputSchema,
  roundsOutputSchema,
  roundViewSchema,
} from './evaluations'
import { keeps, messages, ok } from '../testing/schema-checks'

const iso = '2026-11-26T02:00:00.000Z'
const key = 'k'.repeat(8)
const round = {
  id: 'er1',
  name: '第四季度评议',
  startsOn: '2026-11-01',
  endsOn: '2026-11-30',
  phase: 'open',
  memberCount: 3,
}
const appeal = {
  id: 'er1:m1',
  roundId: 'er1',
  memberId: 'm1',
  memberName: '张三',
  text: '评议有误',
  status: 'open',
  answer: null,
  createdAt: iso,
  answeredAt: null,
}
const row = {
  memberId: 'm1',
  name: '张三',
  ratings: 6,
  shown: true,
  satisfied: 4,
  basicallySatisfied: 1,
  dissatisfied: 1,
  satisfactionRate: 0.5,
  appeal,
}

describe('evaluation views', () => {
  it('shows a result from 5 ratings on', () => {
    expect(RESULT_THRESHOLD).toBe(5)
  })
  it('keep every field', () => {
    keeps(roundViewSchema, round)
    keeps(roundsOutputSchema, { items: [round] })
    keeps(ballotOutputSchema, {
      rounds: [
        {
          ...round,
          members: [{ memberId: 'm1', name: '张三', photo: null, myVerdict: 'satisfied' }],
        },
      ],
    })
    keeps(rateOutputSchema, { roundId: 'er1', memberId: 'm1', verdict: 'dissatisfied' })
    keeps(appealViewSchema, appeal)
    keeps(resultRowSchema, row)
    keeps(resultsOutputSchema, { round, rows: [row], csv: null })
  })
  it('lists the round phases', () => {
    expect(roundViewSchema.shape.phase.options).toEqual(['upcoming', 'open', 'closed'])
  })
  it('bounds the satisfaction rate to 0–1', () => {
    expect(ok(resultRowSchema, { ...row, satisfactionRate: 0 })).toBe(true)
    expect(ok(resultRowSchema, { ...row, satisfactionRate: 1 })).toBe(true)
    expect(ok(resultRowSchema, { ...row, satisfactionRate: -0.01 })).toBe(false)
    expect(ok(resultRowSchema, { ...row, satisfactionRate: 1.01 })).toBe(false)
  })
  it('checks timestamps', () => {
    expect(ok(appealViewSchema, { ...appeal, createdAt: 'yesterday' })).toBe(false)
  })
})

describe('openRoundInputSchema', () => {
  const input = {
    name: '第四季度评议',
    startsOn: '2026-11-01',
    endsOn: '2026-11-30',
    memberIds: ['m1'],
    clientRequestId: key,
  }
  it('keeps a valid round and trims its name', () => {
    keeps(openRoundInputSchema, input)
    expect(openRoundInputSchema.parse({ ...input, name: '  评议  ' }).name).toBe('评议')
  })
  it('asks for a name of 2 to 40 characters', () => {
    expect(messages(openRoundInputSchema, { ...input, name: '评' })).toStrictEqual({
      name: '请填写评议名称',
    })
    expect(messages(openRoundInputSchema, { ...input, name: ' 评 ' })).toStrictEqual({
      name: '请填写评议名称',
    })
    expect(messages(openRoundInputSchema, { ...input, name: undefined })).toStrictEqual({
      name: '请填写评议名称',
    })
    expect(messages(openRoundInputSchema, { ...input, name: '评'.repeat(40) })).toStrictEqual({})
    expect(messages(openRoundInputSchema, { ...input, name: '评'.repeat(41) })).toStrictEqual({
      name: '最多 40 个字',
    })
  })
  it('takes 1 to 500 members', () => {
    expect(messages(openRoundInputSchema, { ...input, memberIds: [] })).toStrictEqual({
      memberIds: '请选择参加评议的党员',
    })
    expect(ok(openRoundInputSchema, { ...input, memberIds: Array(500).fill('m1') })).toBe(true)
    expect(ok(openRoundInputSchema, { ...input, memberIds: Array(501).fill('m1') })).toBe(false)
  })
  it('ends on or after its start', () => {
    expect(ok(openRoundInputSchema, { ...input, endsOn: '2026-11-01' })).toBe(true)
    expect(messages(openRoundInputSchema, { ...input, endsOn: '2026-10-31' })).toStrictEqual({
      endsOn: '结束日期不能早于开始日期',
    })
  })
  it('takes a retry key of 8 to 64 characters and nothing unknown', () => {
    expect(ok(openRoundInputSchema, { ...input, clientRequestId: 'k'.repeat(7) })).toBe(false)
    expect(ok(openRoundInputSchema, { ...input, clientRequestId: 'k'.repeat(64) })).toBe(true)
    expect(ok(openRoundInputSchema, { ...input, clientRequestId: 'k'.repeat(65) })).toBe(false)
    expect(ok(openRoundInputSchema, { ...input, extra: 1 })).toBe(false)
  })
})

describe('evaluation action inputs', () => {
  it('take nothing unknown', () => {
    keeps(roundsInputSchema, {})
    keeps(ballotInputSchema, {})
    expect(ok(roundsInputSchema, { x: 1 })).toBe(false)
    expect(ok(ballotInputSchema, { x: 1 })).toBe(false)
  })
  const rate = { roundId: 'er1', memberId: 'm1', verdict: 'satisfied', clientRequestId: key }
  it('rate with an optional trimmed comment of at most 200 characters', () => {
    keeps(rateInputSchema, rate)
    keeps(rateInputSchema, { ...rate, comment: '很好' })
    expect(rateInputSchema.parse({ ...rate, comment: ' 很好 ' }).comment).toBe('很好')
    expect(ok(rateInputSchema, { ...rate, comment: '好'.repeat(200) })).toBe(true)
    expect(messages(rateInputSchema, { ...rate, comment: '好'.repeat(201) })).toStrictEqual({
      comment: '最多 200 个字',
    })
    expect(ok(rateInputSchema, { ...rate, clientRequestId: 'k' })).toBe(false)
    expect(ok(rateInputSchema, { ...rate, extra: 1 })).toBe(false)
  })
  it('results default to json', () => {
    expect(resultsInputSchema.parse({ roundId: 'er1' })).toStrictEqual({
      roundId: 'er1',
      format: 'json',
    })
    expect(resultsInputSchema.shape.format.removeDefault().options).toEqual(['json', 'csv'])
    expect(ok(resultsInputSchema, { roundId: 'er1', extra: 1 })).toBe(false)
  })
  it('appeal with a reason of 5 to 500 characters', () => {
    const input = { roundId: 'er1', text: '评议有误的', clientRequestId: key }
    keeps(appealInputSchema, input)
    expect(appealInputSchema.parse({ ...input, text: ' 评议有误的 ' }).text).toBe('评议有误的')
    expect(messages(appealInputSchema, { ...input, text: '评议有误' })).toStrictEqual({
      text: '请写明申诉理由（至少 5 个字）',
    })
    expect(messages(appealInputSchema, { ...input, text: undefined })).toStrictEqual({
      text: '请写明申诉理由（至少 5 个字）',
    })
    expect(ok(appealInputSchema, { ...input, text: '评'.repeat(500) })).toBe(true)
    expect(messages(appealInputSchema, { ...input, text: '评'.repeat(501) })).toStrictEqual({
      text: '最多 500 个字',
    })
    expect(ok(appealInputSchema, { ...input, extra: 1 })).toBe(false)
  })
  it('answer an appeal with 2 to 500 characters', () => {
    const input = { id: 'er1:m1', answer: '已核实', clientRequestId: key }
    keeps(answerAppealInputSchema, input)
    expect(answerAppealInputSchema.parse({ ...input, answer: ' 已核实 ' }).answer).toBe('已核实')
    expect(messages(answerAppealInputSchema, { ...input, answer: '已' })).toStrictEqual({
      answer: '请写下答复',
    })
    expect(messages(answerAppealInputSchema, { ...input, answer: undefined })).toStrictEqual({
      answer: '请写下答复',
    })
    expect(ok(answerAppealInputSchema, { ...input, answer: '已'.repeat(500) })).toBe(true)
    expect(messages(answerAppealInputSchema, { ...input, answer: '已'.repeat(501) })).toStrictEqual(
      { answer: '最多 500 个字' },
    )
    expect(ok(answerAppealInputSchema, { ...input, id: '' })).toBe(false)
    expect(ok(answerAppealInputSchema, { ...input, id: 'i'.repeat(140) })).toBe(true)
    expect(ok(answerAppealInputSchema, { ...input, id: 'i'.repeat(141) })).toBe(false)
    expect(ok(answerAppealInputSchema, { ...input, extra: 1 })).toBe(false)
  })
})
