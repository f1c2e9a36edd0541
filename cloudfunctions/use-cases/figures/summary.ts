// figures.summary: the period's figures per community — requests (三率, medians), volunteer
// service and members' points, 评议 results, notices' read rates — for one community or a street's side by side.
import type { ActionOutput, CommunityFigures, ParsedInput } from '@linli/types'
import { evaluationFigures, rate, requestFigures, serviceFigures } from '../../domain/figures'
import type { FigureScope } from '../../data/figures.repository'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { communityScopes } from './scope'

export const communityFigures = async (
  scope: FigureScope,
  deps: Deps,
): Promise<CommunityFigures> => {
  const [counts, claims, resolves, service, evaluations, notices, names] = await Promise.all([
    deps.figures.requestCounts(scope, null),
    deps.figures.claimMiddles(scope, null),
    deps.figures.resolveMiddles(scope, null),
    deps.figures.serviceCounts(scope, false),
    deps.figures.evaluationCounts(scope, false),
    // Notices go to a community, not a grid: a grid leader's summary leaves them out.
    scope.gridIds ? Promise.resolve(null) : deps.figures.noticeReads(scope),
    deps.figures.names(scope.communityId),
  ])
  return {
    communityId: scope.communityId,
    name: names.community ?? scope.communityId,
    requests: requestFigures(counts.get(null), claims.get(null), resolves.get(null)),
    service: serviceFigures(service.get(null)),
    evaluations: evaluationFigures(evaluations.get(null)),
    notices: notices && { ...notices, readRate: rate(notices.reads, notices.recipients) },
  }
}

export const figuresSummary = async (
  input: ParsedInput<'figures', 'summary'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'figures', 'summary'>> => {
  const scopes = communityScopes(caller, input, input.communityIds)
  const communities = await Promise.all(scopes.map((scope) => communityFigures(scope, deps)))
  return { period: { from: input.from, to: input.to }, communities }
}
