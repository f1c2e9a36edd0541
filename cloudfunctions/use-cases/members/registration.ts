// 双报到: an in-service member registers (members.register), staff list and review registrations.
import { type ActionOutput, type CheckInDoc, type ParsedInput } from '@linli/types'
import { checkInIdOf } from '../../data/check-in.repository'
import { AppError, invalidInput, notFound } from '../../shared/app-error'
import type { Caller } from '../caller'
import type { Deps } from '../deps'
import { checkInView, loadOrgNames } from './member-views'

const alreadyRegistered = () =>
  new AppError('MEMBER.ALREADY_REGISTERED', 'already a member or registration pending')

/** Unit, grid and teams must be this community's. */
const checkChosen = (
  input: ParsedInput<'members', 'register'>,
  caller: Caller,
  unit: { communityId: string } | null,
  grid: { communityId: string } | null,
  teams: ReadonlyArray<{ communityId: string }>,
) => {
  const community = caller.communityId
  const issues = [
    ...(unit?.communityId === community ? [] : [{ path: ['unitId'], message: '请选择驻区单位' }]),
    ...(grid?.communityId === community ? [] : [{ path: ['gridId'], message: '请选择定岗网格' }]),
    ...(teams.filter((t) => t.communityId === community).length === new Set(input.teamIds).size
      ? []
      : [{ path: ['teamIds'], message: '请选择本社区的志愿服务队' }]),
  ]
  if (issues.length > 0) throw invalidInput('registration choices are not valid', issues)
}

export const register = async (
  input: ParsedInput<'members', 'register'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'register'>> => {
  if (caller.roles.some((r) => r.role === 'member')) throw alreadyRegistered()
  // The choices, an earlier registration and the names of the answer are read together.
  const [unit, grid, teams, existing, names] = await Promise.all([
    deps.org.getUnit(input.unitId),
    deps.org.getGrid(input.gridId),
    deps.org.getTeamsByIds(input.teamIds),
    deps.checkIns.getById(checkInIdOf(caller.openid)),
    loadOrgNames(caller.communityId, deps),
  ])
  checkChosen(input, caller, unit, grid, teams)
  // Refused before any write: a registration pending or approved already.
  if (existing && existing.status !== 'declined') throw alreadyRegistered()
  const doc: CheckInDoc = {
    _id: checkInIdOf(caller.openid),
    communityId: caller.communityId,
    openid: caller.openid,
    name: input.name,
    unitId: input.unitId,
    partyOrgName: input.partyOrgName,
    gridId: input.gridId,
    teamIds: [...new Set(input.teamIds)],
    specialties: [...new Set(input.specialties)],
    status: 'pending',
    reason: null,
    createdAt: deps.now(),
    reviewedAt: null,
    reviewedBy: null,
  }
  await deps.writes.spend()
  // A declined registration may be corrected and sent again; a pending one is not duplicated.
  const written = existing
    ? await deps.checkIns.resubmit(doc)
    : await deps.checkIns.insertOnce(doc).then((r) => (r.created ? r.doc : null))
  if (written) return checkInView(written, names)
  await deps.writes.refund()
  throw alreadyRegistered()
}

export const myRegistration = async (
  _input: ParsedInput<'members', 'myRegistration'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'myRegistration'>> => {
  const [doc, names] = await Promise.all([
    deps.checkIns.getById(checkInIdOf(caller.openid)),
    loadOrgNames(caller.communityId, deps),
  ])
  const places = (m: Map<string, string>) => [...m].map(([id, name]) => ({ id, name }))
  return {
    registration: doc ? checkInView(doc, names) : null,
    member: caller.roles.some((r) => r.role === 'member'),
    choices: {
      units: places(names.units),
      grids: places(names.grids).sort((a, b) => a.id.localeCompare(b.id)),
      teams: [...names.teams].map(([id, t]) => ({ id, name: t.name, kind: t.kind })),
    },
  }
}

export const listRegistrations = async (
  input: ParsedInput<'members', 'registrations'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'registrations'>> => {
  const [docs, names] = await Promise.all([
    deps.checkIns.list(caller.communityId, input.status),
    loadOrgNames(caller.communityId, deps),
  ])
  return { items: docs.map((d) => checkInView(d, names)) }
}

/** Approval posts the member in the grid they chose, on their teams: they appear there at once. */
export const reviewRegistration = async (
  input: ParsedInput<'members', 'reviewRegistration'>,
  caller: Caller,
  deps: Deps,
): Promise<ActionOutput<'members', 'reviewRegistration'>> => {
  const doc = await deps.checkIns.getById(input.id)
  if (!doc || doc.communityId !== caller.communityId) throw notFound('registration')
  const decision = input.decision
  const approve = decision.kind === 'approve'
  // A retried approval whose enrolment did not finish finds it approved and enrols again (idempotent).
  const retried = approve && doc.status === 'approved'
  if (doc.status !== 'pending' && !retried) {
    throw new AppError('MEMBER.ALREADY_SETTLED', 'registration reviewed already')
  }
  // The allowance is spent while the answer's names (and an approval's unit) are read.
  const [, names, unit] = await Promise.all([
    deps.writes.spend(),
    loadOrgNames(caller.communityId, deps),
    approve ? deps.org.getUnit(doc.unitId) : null,
  ])
  const reviewed = retried
    ? null
    : await deps.checkIns.review(
        doc._id,
        approve ? 'approved' : 'declined',
        decision.kind === 'decline' ? decision.reason : null,
        caller.personId ?? caller.openid,
        deps.now(),
      )
  if (!reviewed && !retried) {
    await deps.writes.refund()
    throw new AppError('MEMBER.ALREADY_SETTLED', 'registration reviewed already')
  }
  if (approve) {
    await deps.members.enrol(
      doc.openid,
      { id: `person-${doc.openid}`, communityId: doc.communityId, name: doc.name },
      { role: 'member', gridId: doc.gridId },
      {
        kind: 'inService',
        partyOrgName: doc.partyOrgName || unit?.partyOrgName || '',
        unitId: doc.unitId,
        teamIds: doc.teamIds,
        specialties: doc.specialties,
        photo: null,
        badges: [],
      },
    )
  }
  return checkInView(reviewed ?? doc, names)
}
