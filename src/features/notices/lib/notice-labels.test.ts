import { readPercent } from './notice-labels'
import { acceptedKeys } from '@/shared/lib/subscribe'

describe('notice labels', () => {
  it('rounds the read share and never divides by zero', () => {
    expect(readPercent(1, 3)).toBe(33)
    expect(readPercent(2, 2)).toBe(100)
    expect(readPercent(0, 0)).toBe(0)
  })

  it('keeps the keys whose template the person accepted', () => {
    const templates = { notice: 'T1', requestStatus: 'T2', newTask: 'T3' }
    const answer = { T1: 'accept', T2: 'reject', errMsg: 'requestSubscribeMessage:ok' }
    expect(acceptedKeys(['notice', 'requestStatus'], templates, answer)).toEqual(['notice'])
  })
})
