// figures.export: each figures table as CSV for Excel (the summary per community, or by grid,
// building or category), with the same scope as on screen.
import type {
  ActionOutput,
  EvaluationFiguresView,
  ParsedInput,
  RequestFiguresView,
} from '@linli/types'
import { toCsv } from '../../domain/csv'
import { rateCell } from '../../domain/figures'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { figureRows } from './by-grid'
import { communityScopes, ownScope } from './scope'
import { communityFigures } from './summary'

const REQUEST_HEADER = [
  '诉求数',
  '及时响应',
  '及时响应率',
  '已解决',
  '解决率',
  '评价数',
  '满意',
  '满意率',
  '认领用时中位数（分钟）',
  '解决用时中位数（分钟）',
]
const SERVICE_HEADER = ['志愿服务次数', '服务时长（小时）', '积分', '服务党员数', '人均积分']
const EVALUATION_HEADER = ['评议票数', '被评党员数', '满意', '基本满意', '不满意', '评议满意率']
const FIRST_COLUMN = { summary: '社区', grid: '网格', building: '楼栋', category: '类别' } as const
const TABLE_NAME = { summary: '汇总', grid: '网格', building: '楼栋', category: '类别' } as const

const requestCells = (r: RequestFiguresView) => [
  r.requests,
  r.answeredInTime,
  rateCell(r.answeredRate),
  r.resolved,
  rateCell(r.resolvedRate),
  r.rated,
  r.satisfied,
  rateCell(r.satisfactionRate),
  r.medianClaimMinutes,
  r.medianResolveMinutes,
]

/** Under the threshold the verdict cells stay empty, as on screen. */
const evaluationCells = (e: EvaluationFiguresView) => [
  e.ratings,
  e.members,
  e.satisfied,
  e.basicallySatisfied,
  e.dissatisfied,
  rateCell(e.satisfactionRate),
]

export const figuresExport = async (
  input: ParsedInput<'figures', 'export'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'figures', 'export'>> => {
  const filename = `统计-${TABLE_NAME[input.table]}-${input.from}至${input.to}.csv`
  if (input.table === 'summary') {
    // A street account's summary sets its communities side by side, as on screen.
    const scopes = communityScopes(caller, input, undefined)
    const all = await Promise.all(scopes.map((scope) => communityFigures(scope, deps)))
    const header = [
      FIRST_COLUMN.summary,
      ...REQUEST_HEADER,
      ...SERVICE_HEADER,
      '通知数',
      '阅读率',
      ...EVALUATION_HEADER,
    ]
    const rows = all.map((c) => [
      c.name,
      ...requestCells(c.requests),
      c.service.services,
      c.service.hours,
      c.service.points,
      c.service.members,
      c.service.pointsPerMember,
      c.notices?.notices ?? null,
      rateCell(c.notices?.readRate ?? null),
      ...evaluationCells(c.evaluations),
    ])
    return { filename, csv: toCsv(header, rows), rows: rows.length }
  }
  const figureTable = await figureRows(ownScope(caller, input), input.table, deps)
  const withService = input.table === 'grid'
  const header = [
    FIRST_COLUMN[input.table],
    ...REQUEST_HEADER,
    ...(withService ? [...SERVICE_HEADER, ...EVALUATION_HEADER] : []),
  ]
  const rows = figureTable.map((r) => [
    r.name,
    ...requestCells(r.requests),
    ...(withService && r.service
      ? [
          r.service.services,
          r.service.hours,
          r.service.points,
          r.service.members,
          r.service.pointsPerMember,
        ]
      : []),
    ...(withService && r.evaluations ? evaluationCells(r.evaluations) : []),
  ])
  return { filename, csv: toCsv(header, rows), rows: rows.length }
}
