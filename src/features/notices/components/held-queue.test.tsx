// 内容审核: staff see held texts of every kind with what they belong to, and decide each once.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { HeldItem } from '@linli/types'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { HeldQueue } from './held-queue'

const anItem = (overrides: Partial<HeldItem> = {}): HeldItem => ({
  id: 'h1',
  kind: 'requestText',
  label: '诉求描述',
  text: '楼下堆满建筑垃圾，有需要的请加微信联系',
  authorName: '王秀兰',
  createdAt: '2030-01-01T00:00:00.000Z',
  ...overrides,
})

describe('HeldQueue', () => {
  beforeEach(() => setDevOpenid('demo-staff'))

  it('lists held items of every kind and approves one, then shows the queue afresh', async () => {
    let queue = [anItem(), anItem({ id: 'h2', kind: 'pledge', label: '党员承诺', text: '代购' })]
    const gateway = installFakeGateway({
      'notices.listHeld': () => okAnswer({ items: queue, nextCursor: null }),
      'notices.review': (data) => {
        const { id } = data as { id: string }
        queue = queue.filter((i) => i.id !== id)
        return okAnswer({ id, status: 'approved' })
      },
    })
    render(<HeldQueue />)
    await screen.findByTestId('held-queue')
    expect(screen.getAllByTestId('held-item').map((i) => i.textContent)).toEqual([
      expect.stringContaining('居民诉求 · 诉求描述'),
      expect.stringContaining('党员承诺 · 党员承诺'),
    ])
    fireEvent.click(screen.getAllByTestId('held-approve')[0] as HTMLElement)
    await waitFor(() => expect(screen.getAllByTestId('held-item')).toHaveLength(1))
    expect(gateway.callsTo('notices.review')[0]?.data).toEqual({ id: 'h1', decision: 'approve' })
  })

  it('says why a decision failed and keeps the item', async () => {
    installFakeGateway({
      'notices.listHeld': () => okAnswer({ items: [anItem()], nextCursor: null }),
      'notices.review': () => failAnswer('MODERATION.ALREADY_DECIDED', 'decided'),
    })
    render(<HeldQueue />)
    await screen.findByTestId('held-queue')
    fireEvent.click(screen.getByTestId('held-reject'))
    await screen.findByTestId('held-error')
    expect(screen.getAllByTestId('held-item')).toHaveLength(1)
  })

  it('has an empty state', async () => {
    installFakeGateway({ 'notices.listHeld': () => okAnswer({ items: [], nextCursor: null }) })
    render(<HeldQueue />)
    expect((await screen.findByTestId('list-empty')).textContent).toContain('没有待审核的内容')
  })
})
