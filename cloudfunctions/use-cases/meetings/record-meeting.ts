// meetings.record: staff record a meeting, the requests it discussed (e.g. a hot spot's) and its
// decisions. The linked requests must be the community's: their grids become the affected grids
// and their reporters its followers. A bad link writes nothing.
import type { ActionOutput, MeetingDoc, ParsedInput } from '@linli/types'
import { AppError, forbidden } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { idFor } from '../members/ids'
import { meetingView } from './meeting-views'

type Input = ParsedInput<'meetings', 'record'>

const unknownLink = (path: (string | number)[], message: string) =>
  new AppError('MEETINGS.REQUEST_UNKNOWN', 'a linked request or grid is not the community’s', [
    { path, message },
  ])

export const recordMeeting = async (
  input: Input,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'meetings', 'record'>> => {
  const personId = caller.personId
  if (!personId) throw forbidden('not a known person')
  const decisionLinks = input.decisions.flatMap((d) => d.requestIds)
  const requestIds = [...new Set([...input.requestIds, ...decisionLinks])]
  const named = [...new Set(input.gridIds)]
  const [requests, grids] = await Promise.all([
    deps.meetings.linkedRequests(caller.communityId, requestIds),
    deps.meetings.gridsOf(caller.communityId, named),
  ])
  const found = new Set(requests.map((r) => r._id))
  const missing = requestIds.find((id) => !found.has(id))
  if (missing !== undefined)
    throw unknownLink(['requestIds'], `没有找到诉求 ${missing}，或它不属于本社区`)
  const missingGrid = named.find((g) => !grids.includes(g))
  if (missingGrid !== undefined)
    throw unknownLink(['gridIds'], `没有找到网格 ${missingGrid}，或它不属于本社区`)

  const now = deps.now()
  const _id = idFor('mtg', personId, input.clientRequestId)
  const doc: MeetingDoc = {
    _id,
    communityId: caller.communityId,
    topic: input.topic,
    heldOn: input.heldOn,
    participants: input.participants.map((p) => ({ kind: p.kind, id: p.id, name: p.name })),
    requestIds,
    gridIds: [...new Set([...requests.map((r) => r.gridId), ...named])],
    followers: [...new Set(requests.map((r) => r.reporterOpenid).filter((o) => o !== ''))],
    decisions: input.decisions.map((d, i) => ({
      id: `${_id}-d${i + 1}`,
      text: d.text,
      owner: d.owner,
      dueOn: d.dueOn,
      requestIds: [...new Set(d.requestIds)],
      status: 'planned',
      progress: [],
      updatedAt: now,
    })),
    recordedBy: personId,
    version: 0,
    createdAt: now,
  }
  await deps.writes.spend()
  const { doc: stored, created } = await deps.meetings.insert(doc)
  if (!created) await deps.writes.refund()
  return meetingView(stored, caller)
}
