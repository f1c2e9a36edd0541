// 诉求详情: what the answer holds is shown; the reporter block only when the function included it.
import { render, screen } from '@testing-library/react'
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
