// 消息 and the read mark (issue 9's stale inbox after the back button): a notice read here shows read
// at once, even when the inbox's own load answered from before the read, and a load that failed
// is tried again when the inbox shows.
import { act, render, screen, waitFor } from '@testing-library/react'
import type { NoticeSummary } from '@linli/types'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { deferred, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { markNoticeRead } from '../lib/inbox-freshness'
import { InboxList } from './inbox-list'

const aSummary = (id: string, overrides: Partial<NoticeSummary> = {}): NoticeSummary => ({
  id,
  title: `通知 ${id}`,
  excerpt: '本周六停水',
  urgency: 'normal',
  authorName: '张建国',
  targetLabel: '益民巷网格',
  publishedAt: '2030-01-01T00:00:00.000Z',
  read: false,
  ...overrides,
})

const card = (id: string) =>
  screen.getAllByTestId('notice-card').find((c) => c.getAttribute('data-notice-id') === id)

describe('InboxList and reads made in the app', () => {
  beforeEach(() => setDevOpenid('demo-resident'))

  it('shows a notice read at once, though the reload answers from before the read', async () => {
    // GIVEN an inbox with two unread notices; every later load is slow and answers the old state
    const stale = {
      items: [aSummary('n-race-1'), aSummary('n-race-2')],
      nextCursor: null,
      unread: 2,
    }
    const later = deferred<unknown>()
    let loads = 0
    const gateway = installFakeGateway({
      'notices.inbox': () => (++loads === 1 ? okAnswer(stale) : later.promise),
    })
    render(<InboxList />)
    await screen.findByTestId('inbox')
    expect(card('n-race-1')?.getAttribute('data-read')).toBe('false')
    // WHEN the notice is opened (and read) while the inbox sits behind it
    act(() => markNoticeRead('n-race-1'))
    // THEN it shows read, and one unread fewer, before any reload has answered
    expect(card('n-race-1')?.getAttribute('data-read')).toBe('true')
    expect(card('n-race-2')?.getAttribute('data-read')).toBe('false')
    expect(screen.getByTestId('unread-count').textContent).toBe('1')
    // AND a reload went out; when it lands with data from before the read, the mark stays
    expect(gateway.callsTo('notices.inbox')).toHaveLength(2)
    await act(async () => later.resolve(okAnswer(stale)))
    expect(card('n-race-1')?.getAttribute('data-read')).toBe('true')
    expect(screen.getByTestId('unread-count').textContent).toBe('1')
  })

  it('takes the server’s count once it has the read', async () => {
    const before = { items: [aSummary('n-count')], nextCursor: null, unread: 3 }
    const after = { items: [aSummary('n-count', { read: true })], nextCursor: null, unread: 2 }
    let loads = 0
    installFakeGateway({ 'notices.inbox': () => okAnswer(++loads === 1 ? before : after) })
    render(<InboxList />)
    await screen.findByTestId('inbox')
    act(() => markNoticeRead('n-count'))
    await waitFor(() => expect(loads).toBe(2))
    await waitFor(() => expect(screen.getByTestId('unread-count').textContent).toBe('2'))
    expect(card('n-count')?.getAttribute('data-read')).toBe('true')
  })

  it('keeps the count of the answer it shows when an older reload answers last', async () => {
    // GIVEN three unread notices; the reload after the first read is slow and answers the old
    // state, the reload after the second answers at once with both read
    const first = {
      items: [aSummary('n-late-1'), aSummary('n-late-2'), aSummary('n-late-3')],
      nextCursor: null,
      unread: 3,
    }
    const fresh = {
      items: [
        aSummary('n-late-1', { read: true }),
        aSummary('n-late-2', { read: true }),
        aSummary('n-late-3'),
      ],
      nextCursor: null,
      unread: 1,
    }
    const slow = deferred<unknown>()
    let loads = 0
    installFakeGateway({
      'notices.inbox': () => {
        loads += 1
        if (loads === 1) return okAnswer(first)
        return loads === 2 ? slow.promise : okAnswer(fresh)
      },
    })
    render(<InboxList />)
    await screen.findByTestId('inbox')
    act(() => markNoticeRead('n-late-1'))
    act(() => markNoticeRead('n-late-2'))
    await waitFor(() => expect(loads).toBe(3))
    await waitFor(() => expect(card('n-late-2')?.getAttribute('data-read')).toBe('true'))
    expect(screen.getByTestId('unread-count').textContent).toBe('1')
    // WHEN the older reload answers last, from before both reads
    await act(async () => slow.resolve(okAnswer(first)))
    // THEN the list keeps the newer answer, and its count with it
    expect(screen.getByTestId('unread-count').textContent).toBe('1')
    expect(card('n-late-3')?.getAttribute('data-read')).toBe('false')
  })
})
