// members.logService and members.verifyService: service a member logs by hand, verified by the
// leader of the grid they serve (or staff) before it counts.
import { chinaDateOf, type ActionOutput, type ParsedInput } from '@linli/types'
import { isLeaderOf, isStaff } from '../../domain/actor'
import { isInFolder, photoFolder } from '../../domain/photo-folder'
import { pointsForLoggedService } from '../../domain/points'
import { AppError, forbidden, invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { postGridOf } from './member-access'
import { recordPhotoUrlsOf, recordView } from './member-views'
import { rulesOf } from './points-rules'
import { checkPublishedText } from './published-text'
import { idFor } from './ids'

export const logService = async (
  input: ParsedInput<'members', 'logService'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'logService'>> => {
  const me = caller.person
  if (!me || caller.personId === null) throw forbidden('not a member')
  const now = deps.now()
  if (input.date > chinaDateOf(now)) {
    throw invalidInput('date is in the future', [
      { path: ['date'], message: '服务日期不能晚于今天' },
    ])
  }
  // The member's own upload only (the app puts it there): never another's or a request's photo.
  if (
    input.photo !== undefined &&
    !isInFolder(input.photo, photoFolder('service', caller.personId))
  ) {
    throw invalidInput('the photo is not in the member’s folder', [
      { path: ['photo'], message: '照片上传不完整，请重新选择' },
    ])
  }
  const id = idFor('svc-log', caller.personId, input.clientRequestId)
  const note = await checkPublishedText(input.note, caller, deps, 'note', {
    kind: 'serviceNote',
    refId: id,
    label: '服务纪实',
  })
  const { points, detail } = pointsForLoggedService(
    await rulesOf(caller.communityId, deps),
    input.hours,
  )
  // Noon China time of the day served: the record counts in that day's month.
  const at = new Date(`${input.date}T12:00:00+08:00`)
  await deps.writes.spend()
  const { doc, created } = await deps.serviceRecords.insertOnce({
    _id: id,
    communityId: caller.communityId,
    holderKey: `member:${caller.personId}`,
    memberId: caller.personId,
    gridId: postGridOf(me),
    kind: input.kind,
    requestId: null,
    category: null,
    handlingMode: null,
    note,
    hours: input.hours,
    photo: input.photo ?? null,
    status: 'pending',
    points,
    detail,
    at,
    month: input.date.slice(0, 7),
    reviewedBy: null,
    reason: null,
    createdAt: now,
  })
  if (!created) await deps.writes.refund()
  return recordView(doc, me.name, await recordPhotoUrlsOf([doc], deps))
}

export const verifyService = async (
  input: ParsedInput<'members', 'verifyService'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'verifyService'>> => {
  const record = await deps.serviceRecords.getById(input.id)
  if (!record || record.communityId !== caller.communityId) throw notFound('service record')
  // A grid leader verifies the service of their own grid's members; staff any.
  const mayReview = record.gridId ? isLeaderOf(caller, record.gridId) : isStaff(caller.roles)
  if (!mayReview) throw notFound('service record')
  if (record.memberId === caller.personId) throw forbidden('no one verifies their own service')
  const settled = () => new AppError('MEMBER.ALREADY_SETTLED', 'record reviewed already')
  if (record.status !== 'pending') throw settled()
  const decision = input.decision
  // The member's name for the answer is read while the allowance is spent.
  const [, member] = await Promise.all([
    deps.writes.spend(),
    record.memberId ? deps.persons.getById(record.memberId) : null,
  ])
  const reviewed = await deps.serviceRecords.review(
    record._id,
    decision.kind === 'verify' ? 'verified' : 'rejected',
    decision.kind === 'reject' ? decision.reason : null,
    caller.personId ?? caller.openid,
  )
  if (!reviewed) {
    await deps.writes.refund()
    throw settled()
  }
  return recordView(reviewed, member?.name ?? null, await recordPhotoUrlsOf([reviewed], deps))
}
