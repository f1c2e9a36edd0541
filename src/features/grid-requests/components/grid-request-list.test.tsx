// 网格待办 / 任务大厅: the grid's list with masked excerpts, overdue markers and the leader's filter.
import { fireEvent, render, screen } from '@testing-library/react'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { makePage, makeSummary } from '@/testing/factories'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { GridRequestList } from './grid-request-list'

describe('GridRequestList', () => {
  beforeEach(() => localStorage.clear())

  it('shows a member the masked excerpt and marks overdue requests', async () => {
    // GIVEN a member and a grid with one overdue request
    setDevOpenid('demo-member')
    const overdue = makeSummary({ excerpt: '3号楼**单元楼道灯坏了', overdue: true })
    installFakeGateway({ 'requests.listForGrid': () => okAnswer(makePage([overdue])) })

    // WHEN the task hall opens
    render(<GridRequestList audience="member" />)

    // THEN the card shows the excerpt as the function masked it, marked overdue; no leader filter
    expect(await screen.findByText('3号楼**单元楼道灯坏了')).toBeTruthy()
    expect(screen.getByTestId('overdue-marker').textContent).toBe('已超时')
    expect(screen.queryByTestId('filter-all')).toBeNull()
  })

  it('lets a grid leader switch to all requests, starting again from the first page', async () => {
    // GIVEN a grid leader whose active list is empty
    setDevOpenid('demo-grid-leader')
    const gateway = installFakeGateway({
      'requests.listForGrid': (data) =>
        (data as { status: string }).status === 'all'
          ? okAnswer(makePage([makeSummary({ excerpt: '已办结的诉求', status: 'closed' })]))
          : okAnswer(makePage([])),
    })
    render(<GridRequestList audience="leader" />)
    expect((await screen.findByTestId('list-empty')).textContent).toContain('网格里暂时没有待办')

    // WHEN the leader taps 全部
    fireEvent.click(screen.getByTestId('filter-all'))

    // THEN the list reloads with status 'all'
    expect(await screen.findByText('已办结的诉求')).toBeTruthy()
    expect(gateway.callsTo('requests.listForGrid').map((c) => c.data)).toEqual([
      { limit: 20, status: 'active' },
      { limit: 20, status: 'all' },
    ])
  })

  it('tells a caller without the role that the board is not theirs, in Chinese', async () => {
    // GIVEN a resident who opened the board
    setDevOpenid('demo-resident')
    installFakeGateway({ 'requests.listForGrid': () => failAnswer('AUTH.FORBIDDEN', 'forbidden') })

    // WHEN the board opens
    render(<GridRequestList audience="leader" />)

    // THEN the message is the Chinese one for AUTH.FORBIDDEN
    expect((await screen.findByTestId('page-error')).textContent).toContain(
      '您没有权限查看或办理这项内容',
    )
  })
})
