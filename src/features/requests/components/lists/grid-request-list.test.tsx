// 网格待办: the leader's status filter and grid picker, each starting the list over.
import { fireEvent, render, screen } from '@testing-library/react'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { makePage, makeSummary } from '@/testing/factories'
import { failAnswer, installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import { GridRequestList } from './grid-request-list'

const oneGrid = [{ id: 'grid-1', name: '益民巷网格' }]

describe('GridRequestList', () => {
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-grid-leader')
  })

  it('lets a grid leader switch to all requests, starting again from the first page', async () => {
    // GIVEN a grid leader of one grid whose active list is empty
    const gateway = installFakeGateway({
      'requests.listForGrid': (data) =>
        (data as { status: string }).status === 'all'
          ? okAnswer(makePage([makeSummary({ excerpt: '已办结的诉求', status: 'closed' })]))
          : okAnswer(makePage([])),
    })
    render(<GridRequestList grids={oneGrid} />)
    expect((await screen.findByTestId('list-empty')).textContent).toContain('网格里暂时没有待办')
    // …and no grid picker for a single grid
    expect(screen.queryByTestId('grid-picker')).toBeNull()

    // WHEN the leader taps 全部
    fireEvent.click(screen.getByTestId('filter-all'))

    // THEN the list reloads with status 'all'
    expect(await screen.findByText('已办结的诉求')).toBeTruthy()
    expect(gateway.callsTo('requests.listForGrid').map((c) => c.data)).toEqual([
      { limit: 20, status: 'active' },
      { limit: 20, status: 'all' },
    ])
  })

  it('offers 全部网格 and each grid to someone with several, sending gridId only for one', async () => {
    // GIVEN staff serving two grids
    const gateway = installFakeGateway({
      'requests.listForGrid': () => okAnswer(makePage([makeSummary({ excerpt: '路灯不亮' })])),
    })
    const grids = [...oneGrid, { id: 'grid-2', name: '知源巷网格' }]
    render(<GridRequestList grids={grids} />)
    await screen.findByText('路灯不亮')

    // WHEN they pick 知源巷网格, then 全部网格
    fireEvent.click(screen.getByTestId('grid-grid-2'))
    await screen.findByText('路灯不亮')
    fireEvent.click(screen.getByTestId('grid-all'))
    await screen.findByText('路灯不亮')

    // THEN the second call named the grid and the others did not
    expect(gateway.callsTo('requests.listForGrid').map((c) => c.data)).toEqual([
      { limit: 20, status: 'active' },
      { limit: 20, status: 'active', gridId: 'grid-2' },
      { limit: 20, status: 'active' },
    ])
  })

  it('tells a caller without the role that the board is not theirs, in Chinese', async () => {
    // GIVEN a resident who opened the board
    setDevOpenid('demo-resident')
    installFakeGateway({ 'requests.listForGrid': () => failAnswer('AUTH.FORBIDDEN', 'forbidden') })

    // WHEN the board opens
    render(<GridRequestList grids={[]} />)

    // THEN the message is the Chinese one for AUTH.FORBIDDEN
    expect((await screen.findByTestId('page-error')).textContent).toContain(
      '您没有权限查看或办理这项内容',
    )
  })
})
