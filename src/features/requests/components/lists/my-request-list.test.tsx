// 我的诉求: empty state, status labels, load more by cursor, errors in Chinese with a retry.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { makePage, makeSummary } from '@/testing/factories'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { MyRequestList } from './my-request-list'

describe('MyRequestList', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-resident')
  })

  it('shows the empty state when the resident has reported nothing', async () => {
    // GIVEN no requests yet
    installFakeGateway({ 'requests.listMine': () => okAnswer(makePage([])) })

    // WHEN the list opens
    render(<MyRequestList />)

    // THEN a friendly empty state offers to report
    expect((await screen.findByTestId('list-empty')).textContent).toContain('您还没有反映过问题')
    expect(screen.getByTestId('empty-report')).toBeTruthy()
  })

  it('shows each request with its Chinese status and loads the next page by cursor', async () => {
    // GIVEN two pages of requests
    const first = makeSummary({ excerpt: '楼道灯坏了', status: 'open' })
    const second = makeSummary({ excerpt: '下水道堵了', status: 'inProgress' })
    const gateway = installFakeGateway({
      'requests.listMine': (data) =>
        (data as { cursor?: string }).cursor === 'page-2'
          ? okAnswer(makePage([second]))
          : okAnswer(makePage([first], 'page-2')),
    })

    // WHEN the list opens
    render(<MyRequestList />)

    // THEN the first page shows with its status label, and more can be loaded
    await screen.findByText('楼道灯坏了')
    expect(screen.getByTestId('status-tag').textContent).toBe('待认领')
    expect(screen.queryByTestId('list-end')).toBeNull()

    // WHEN the resident taps 加载更多
    fireEvent.click(screen.getByTestId('load-more'))

    // THEN the second page is appended and the list says it has ended
    await screen.findByText('下水道堵了')
    expect(screen.getAllByTestId('request-card')).toHaveLength(2)
    expect(screen.getByTestId('list-end').textContent).toBe('没有更多了')
    expect(gateway.callsTo('requests.listMine').map((c) => c.data)).toEqual([
      { limit: 20 },
      { limit: 20, cursor: 'page-2' },
    ])
  })

  it('says in Chinese when the list cannot load, and retries on tap', async () => {
    // GIVEN a network that fails once
    let attempts = 0
    installFakeGateway({
      'requests.listMine': () => {
        attempts += 1
        // The first load fails through all of the client's own retries (1 + 3 attempts).
        if (attempts <= 4) throw new TypeError('Failed to fetch')
        return okAnswer(makePage([makeSummary({ excerpt: '路灯不亮' })]))
      },
    })

    // WHEN the list opens
    render(<MyRequestList />)

    // THEN the error explains itself
    expect((await screen.findByTestId('page-error')).textContent).toContain('网络连接失败')

    // WHEN the resident taps 重新加载
    fireEvent.click(screen.getByTestId('retry'))

    // THEN the list appears
    await waitFor(() => expect(screen.getByText('路灯不亮')).toBeTruthy())
  })
})
