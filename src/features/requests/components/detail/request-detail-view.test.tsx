// 诉求详情: what the answer holds is shown; the reporter block only when the function included it.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { makeDetail } from '@/testing/factories'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { RequestDetailView } from './request-detail-view'

describe('RequestDetailView', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-grid-leader')
  })

  it('shows status, category, building, text, timeline and the reporter when present', async () => {
    // GIVEN a grid leader reading a request with its reporter
    const detail = makeDetail({
      id: 'request-9',
      status: 'open',
      reporter: { name: '王秀兰', phone: '13800000000', room: '2单元301' },
      timeline: [
        { type: 'reported', at: '2026-03-02T08:30:00.000Z' },
        { type: 'routed', at: '2026-03-02T08:30:01.000Z', note: 'grid-1' },
      ],
    })
    const gateway = installFakeGateway({ 'requests.get': () => okAnswer(detail) })

    // WHEN the detail opens
    render(<RequestDetailView id="request-9" />)

    // THEN everything the answer holds is on screen
    expect((await screen.findByTestId('detail-status')).textContent).toContain('待认领')
    expect(screen.getByTestId('detail-category').textContent).toBe('设施维修')
    expect(screen.getByTestId('detail-building').textContent).toBe('3号楼')
    expect(screen.getByTestId('detail-description').textContent).toBe(detail.description)
    const timeline = screen.getAllByTestId('timeline-item').map((item) => item.textContent)
    expect(timeline).toHaveLength(2)
    expect(timeline[1]).toContain('已分派到第一网格')
    expect(timeline[1]).not.toContain('grid-1')
    expect(screen.getByTestId('detail-reporter-name').textContent).toBe('王秀兰')
    expect(gateway.calls[0]?.data).toEqual({ id: 'request-9' })
  })

  it('has no reporter block when the answer has none (a member sees it masked)', async () => {
    // GIVEN a masked answer without a reporter
    installFakeGateway({
      'requests.get': () =>
        okAnswer(makeDetail({ masked: true, reporter: null, description: '楼道灯坏了' })),
    })

    // WHEN the detail opens
    render(<RequestDetailView id="request-1" />)

    // THEN the privacy notice shows and no reporter block exists
    expect(await screen.findByTestId('detail-masked')).toBeTruthy()
    expect(screen.queryByTestId('detail-reporter')).toBeNull()
  })

  it('shows the 党员标兵岗 of the member handling it, and no badge for a team', async () => {
    // GIVEN a resident's request handled by a member staff awarded the badge
    const handled = (handler: NonNullable<ReturnType<typeof makeDetail>['handler']>) =>
      makeDetail({
        status: 'inProgress',
        handler,
        timeline: [{ type: 'claimed', at: '2026-03-02T09:00:00.000Z' }],
      })
    installFakeGateway({
      'requests.get': () =>
        okAnswer(handled({ kind: 'member', id: 'p1', name: '李志强', badges: ['pioneerPost'] })),
    })

    // WHEN the detail opens
    const view = render(<RequestDetailView id="request-1" />)

    // THEN the badge shows beside the handler, with the way to the member's card
    expect((await screen.findByTestId('detail-handler-award')).textContent).toBe('党员标兵岗')
    expect(screen.getByTestId('detail-handler-card')).toBeTruthy()
    view.unmount()

    // AND a team handler shows no badge
    installFakeGateway({
      'requests.get': () =>
        okAnswer(handled({ kind: 'team', id: 't1', name: '医疗服务队', badges: [] })),
    })
    render(<RequestDetailView id="request-1" />)
    expect((await screen.findByTestId('detail-handler')).textContent).toContain('医疗服务队')
    expect(screen.queryByTestId('detail-handler-award')).toBeNull()
  })

  it('says in Chinese that a request is not there, without hinting that it exists', async () => {
    // GIVEN an id the caller may not see
    installFakeGateway({ 'requests.get': () => failAnswer('NOT_FOUND', 'not found') })

    // WHEN the detail opens
    render(<RequestDetailView id="request-of-another-grid" />)

    // THEN the message is the NOT_FOUND one, with the way home rather than a pointless reload
    expect((await screen.findByTestId('page-error')).textContent).toContain('没有找到这条内容')
    expect(screen.getByTestId('go-home')).toBeTruthy()
    expect(screen.queryByTestId('retry')).toBeNull()
  })
})

describe('RequestDetailView actions', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-member')
  })

  it('claims after the confirm sheet and shows the fresh answer with the handler badge', async () => {
    // GIVEN an open request a member may claim
    const claimed = makeDetail({
      id: 'request-5',
      status: 'claimed',
      handler: { kind: 'member', id: 'person-1', name: '李志强', badges: [] },
      timeline: [
        { type: 'reported', at: '2026-03-02T08:30:00.000Z' },
        { type: 'claimed', at: '2026-03-02T09:00:00.000Z', note: '李志强' },
      ],
      actions: ['start', 'resolve'],
    })
    const gateway = installFakeGateway({
      'requests.get': () => okAnswer(makeDetail({ id: 'request-5', actions: ['claim'] })),
      'requests.claim': () => okAnswer(claimed),
    })
    render(<RequestDetailView id="request-5" />)

    // WHEN the member taps 认领 and confirms
    fireEvent.click(await screen.findByTestId('action-claim'))
    fireEvent.click(screen.getByTestId('sheet-submit'))

    // THEN the claim carried a clientRequestId and the answer replaced the page
    await waitFor(() =>
      expect(screen.getByTestId('detail-handler').textContent).toBe('党员 李志强 认领办理'),
    )
    expect(gateway.callsTo('requests.claim')[0]?.data).toMatchObject({
      id: 'request-5',
      clientRequestId: expect.stringMatching(/^rq-/),
    })
    expect(screen.queryByTestId('action-sheet')).toBeNull()
    expect(screen.getByTestId('action-resolve')).toBeTruthy()
    expect(screen.queryByTestId('action-claim')).toBeNull()
  })

  it('re-sends a lost claim with the same clientRequestId and says in Chinese when someone was faster', async () => {
    // GIVEN a claim whose first send is lost on the network, then loses to another member
    let attempts = 0
    const gateway = installFakeGateway({
      'requests.get': () => okAnswer(makeDetail({ id: 'request-6', actions: ['claim'] })),
      'requests.claim': () => {
        attempts += 1
        if (attempts === 1) throw new TypeError('Failed to fetch')
        return failAnswer('REQUEST.ALREADY_TAKEN', 'taken')
      },
    })
    render(<RequestDetailView id="request-6" />)
    fireEvent.click(await screen.findByTestId('action-claim'))

    // WHEN the member taps once (the client re-sends the keyed write by itself)
    fireEvent.click(screen.getByTestId('sheet-submit'))

    // THEN both sends carried the same key, and the message says it was taken
    await waitFor(() =>
      expect(screen.getByTestId('sheet-error').textContent).toBe(
        '手慢了，这条诉求刚被其他党员认领',
      ),
    )
    const [first, second] = gateway
      .callsTo('requests.claim')
      .map((c) => (c.data as { clientRequestId: string }).clientRequestId)
    expect(second).toBe(first)
    // …and the sheet offers to refresh instead of submitting again
    expect(screen.queryByTestId('sheet-submit')).toBeNull()
    expect(screen.getByTestId('sheet-cancel').textContent).toBe('刷新看看')
  })

  it('checks a reopen reason with the contract schema before sending anything', async () => {
    // GIVEN a resolved request's reporter
    const gateway = installFakeGateway({
      'requests.get': () =>
        okAnswer(makeDetail({ status: 'resolved', actions: ['confirm', 'reopen'] })),
    })
    render(<RequestDetailView id="request-7" />)
    // WHEN they tap 还没解决 and submit an empty reason
    fireEvent.click(await screen.findByTestId('action-reopen'))
    fireEvent.click(screen.getByTestId('sheet-submit'))
    // THEN the schema's message shows and nothing went out
    expect((await screen.findByTestId('sheet-error')).textContent).toBe('请说明哪里还没解决')
    expect(gateway.callsTo('requests.reopen')).toHaveLength(0)
  })
})
