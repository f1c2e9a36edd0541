// requests.listMyTasks: 我的任务 — what the caller handles as a member, a captain or a unit liaison.
import type { Page, ParsedInput, RequestSummary } from '@linli/types'
import { ownHandlerKeys } from '../../domain/actor'
import { byBoardOrder } from '../../domain/board-order'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { boardPage } from './board-page'
import { summariesOf } from './request-views'

type Input = ParsedInput<'requests', 'listMyTasks'>

export const listMyTasks = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<Page<RequestSummary>> => {
  const handlerKeys = ownHandlerKeys(caller)
  const now = deps.now()
  if (input.status === 'active') {
    // Resolved ones stay until the resident confirms: the handler may be asked to come back.
    const docs = await deps.requests.listActive({
      communityId: caller.communityId,
      gridIds: [],
      handlerKeys,
      statuses: ['claimed', 'assigned', 'inProgress', 'reopened', 'resolved'],
      includeSensitive: true,
    })
    return boardPage(docs, byBoardOrder(now), input, caller, deps)
  }
  const page = await deps.requests.pageByHandlerKeys(
    caller.communityId,
    handlerKeys,
    ['closed'],
    input,
  )
  return {
    items: await summariesOf(page.items, deps.org.getBuildingsByIds, now),
    nextCursor: page.nextCursor,
  }
}
