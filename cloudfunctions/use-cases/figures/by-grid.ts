// figures.byGrid: the period's request figures by grid, building or category (volunteer service by
// and 评议 by grid too), most requests first. Grid leaders see the rows of their grids only.
import {
  categoryById,
  requestCategoryIdSchema,
  type ActionOutput,
  type FigureDimension,
  type FigureRow,
  type ParsedInput,
} from '@linli/types'
import { evaluationFigures, requestFigures, serviceFigures } from '../../domain/figures'
import type { FigureScope, RequestKey } from '../../data/figures.repository'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { ownScope } from './scope'

const KEYS: Record<FigureDimension, Exclude<RequestKey, null>> = {
  grid: 'gridId',
  building: 'buildingId',
  category: 'category',
}

export const figureRows = async (
  scope: FigureScope,
  by: FigureDimension,
  deps: Deps,
): Promise<FigureRow[]> => {
  const key = KEYS[by]
  const [counts, claims, resolves, service, evaluations, names] = await Promise.all([
    deps.figures.requestCounts(scope, key),
    deps.figures.claimMiddles(scope, key),
    deps.figures.resolveMiddles(scope, key),
    by === 'grid' ? deps.figures.serviceCounts(scope, true) : Promise.resolve(null),
    by === 'grid' ? deps.figures.evaluationCounts(scope, true) : Promise.resolve(null),
    deps.figures.names(scope.communityId),
  ])
  const nameOf = (id: string): string => {
    if (by === 'grid') return names.grids.get(id) ?? id
    if (by === 'building') return names.buildings.get(id) ?? id
    const category = requestCategoryIdSchema.safeParse(id)
    return category.success ? categoryById(category.data).name : id
  }
  // Every grid of the scope has a row (an empty one too); buildings and categories only when used.
  const keys = new Set<string>(by === 'grid' ? (scope.gridIds ?? [...names.grids.keys()]) : [])
  for (const k of counts.keys()) if (k !== null) keys.add(k)
  for (const k of service?.keys() ?? []) if (k !== null) keys.add(k)
  for (const k of evaluations?.keys() ?? []) if (k !== null && k !== '') keys.add(k)
  const rows = [...keys].map((k) => ({
    key: k,
    name: nameOf(k),
    requests: requestFigures(counts.get(k), claims.get(k), resolves.get(k)),
    service: service ? serviceFigures(service.get(k)) : null,
    evaluations: evaluations ? evaluationFigures(evaluations.get(k)) : null,
  }))
  return rows.sort(
    (a, b) => b.requests.requests - a.requests.requests || a.name.localeCompare(b.name, 'zh'),
  )
}

export const figuresByGrid = async (
  input: ParsedInput<'figures', 'byGrid'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'figures', 'byGrid'>> => {
  const rows = await figureRows(ownScope(caller, input), input.by, deps)
  return { period: { from: input.from, to: input.to }, by: input.by, rows }
}
