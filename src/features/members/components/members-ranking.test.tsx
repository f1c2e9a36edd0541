// 党员积分排名: ranked rows for the chosen period and unit; the CSV downloads in the H5 build and
// becomes a file sent to a chat in the mini-program.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { chinaDateOf } from '@linli/types'
import { setDevOpenid } from '@/shared/api/dev-identity'
import { installFakeGateway, okAnswer } from '@/testing/fake-gateway'
import * as api from '../api/members-api'
import { MembersRanking, monthsSoFar } from './members-ranking'

const row = (memberId: string, name: string, points: number) => ({
  memberId,
  name,
  unitName: memberId === 'm2' ? '市住建局' : null,
  services: 2,
  hours: 3,
  points,
  pledgesKept: 1,
  pledgesDue: 2,
})
const CSV = '\uFEFF姓名,单位,服务次数,服务时长（小时）,积分,兑现承诺,到期承诺\r\n李建国,,2,3,9,1,2'
/** jsdom's Blob has no text(): its bytes the old way (a text read would drop the BOM). */
const bytesOf = (blob: Blob | undefined) =>
  new Promise<Buffer>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer))
    reader.readAsArrayBuffer(blob ?? new Blob([]))
  })
const year = Number(chinaDateOf(Date.now()).slice(0, 4))

const gateway = () =>
  installFakeGateway({
    'members.summary': (data) =>
      okAnswer({
        period: String(year),
        rows: [row('m1', '李建国', 9), row('m2', '王海燕', 4)],
        byMonth: [],
        csv: (data as { format: string }).format === 'csv' ? CSV : null,
      }),
    'members.myRegistration': () =>
      okAnswer({
        registration: null,
        member: false,
        choices: { units: [{ id: 'unit-1', name: '市住建局' }], grids: [], teams: [] },
      }),
  })

describe('MembersRanking', () => {
  const env = process.env.TARO_ENV
  beforeEach(() => {
    localStorage.clear()
    setDevOpenid('demo-staff')
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  })
  afterEach(() => {
    process.env.TARO_ENV = env
    jest.restoreAllMocks()
  })

  it('lists the months that have begun: all twelve for a past year', () => {
    expect(monthsSoFar(2025, 2026, 3)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(monthsSoFar(2026, 2026, 3)).toEqual([1, 2, 3])
  })

  it('ranks the members, and asks again for a month and for one unit', async () => {
    // GIVEN staff on the ranking
    const calls = gateway()
    render(<MembersRanking />)

    // THEN the year's rows show in the server's order, numbered
    expect((await screen.findByTestId('rank-m1')).textContent).toContain('1. 李建国 · 9 分')
    expect(screen.getByTestId('rank-m2').textContent).toContain('2. 王海燕 · 4 分')
    expect(screen.getByTestId('rank-m2').textContent).toContain('市住建局')
    expect(calls.callsTo('members.summary')[0]?.data).toEqual({ year, format: 'json' })

    // WHEN they pick January, then one unit
    fireEvent.click(screen.getByTestId('month-1'))
    await waitFor(() => expect(calls.callsTo('members.summary')).toHaveLength(2))
    fireEvent.click(await screen.findByTestId('unit-unit-1'))

    // THEN each choice is one new summary call for that period and unit
    await waitFor(() => expect(calls.callsTo('members.summary')).toHaveLength(3))
    expect(calls.callsTo('members.summary')[1]?.data).toEqual({ year, month: 1, format: 'json' })
    expect(calls.callsTo('members.summary')[2]?.data).toEqual({
      year,
      month: 1,
      unitId: 'unit-1',
      format: 'json',
    })
  })

  it('downloads the CSV in the H5 build under the period’s name', async () => {
    // GIVEN the ranking, and a browser that records the download
    const calls = gateway()
    const blobs: Blob[] = []
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:ranking'
    })
    URL.revokeObjectURL = jest.fn()
    const clicked: HTMLAnchorElement[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this)
    })
    render(<MembersRanking />)
    await screen.findByTestId('rank-m1')

    // WHEN staff export
    fireEvent.click(screen.getByTestId('ranking-csv'))

    // THEN the CSV was asked for and downloaded as a file named by the period
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(calls.callsTo('members.summary').at(-1)?.data).toEqual({ year, format: 'csv' })
    expect(clicked[0]?.download).toBe(`党员积分-${year}年.csv`)
    expect(clicked[0]?.href).toBe('blob:ranking')
    // The bytes are the server's CSV, BOM first, so Excel reads the Chinese as UTF-8.
    expect((await bytesOf(blobs[0])).equals(Buffer.from(CSV, 'utf8'))).toBe(true)
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:ranking')
  })

  it('writes the CSV to a file in the mini-program and sends it to a chat on the next tap', async () => {
    // GIVEN the mini-program's file system and sharing (the build is switched once the rows are
    // in, and the export's call answered here: the client's transport follows the same variable)
    gateway()
    const written: { filePath: string; data: unknown }[] = []
    const fs = {
      writeFile: (o: { filePath: string; data: unknown; success: () => void }) => {
        written.push({ filePath: o.filePath, data: o.data })
        o.success()
      },
    }
    jest.spyOn(Taro, 'getFileSystemManager').mockReturnValue(fs as never)
    const share = jest
      .spyOn(Taro, 'shareFileMessage')
      .mockResolvedValue({ errMsg: 'shareFileMessage:ok' })
    render(<MembersRanking />)
    await screen.findByTestId('rank-m1')
    process.env.TARO_ENV = 'weapp'
    jest
      .spyOn(api, 'rankedSummary')
      .mockResolvedValue({ period: String(year), rows: [], byMonth: [], csv: CSV })

    // WHEN staff export, then tap 发送到微信聊天
    fireEvent.click(screen.getByTestId('ranking-csv'))
    fireEvent.click(await screen.findByTestId('ranking-csv-share'))

    // THEN the table was written under the user folder and shared under its Chinese name
    expect(written).toHaveLength(1)
    expect(written[0]?.data).toBe(CSV)
    expect(written[0]?.filePath).toMatch(/\/linli-[0-9a-z]+\.csv$/)
    await waitFor(() =>
      expect(share).toHaveBeenCalledWith({
        filePath: written[0]?.filePath,
        fileName: `党员积分-${year}年.csv`,
      }),
    )
  })
})
