// The members feature's calls (三亮, 双报到, 纪实, 评议) through the one API client.
import type { ActionInput, PointsRules } from '@linli/types'
import { call } from '@/shared/api/client'

export const newKey = (): string =>
  `m-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export const listGridMembers = () => call('members', 'listForGrid', {})
export const getMemberCard = (memberId: string) => call('members', 'card', { memberId })
export const publishPledge = (text: string, dueDate: string) =>
  call('members', 'pledge', { text, dueDate, clientRequestId: newKey() })
export const changePledge = (
  id: string,
  change: ActionInput<'members', 'updatePledge'>['change'],
) => call('members', 'updatePledge', { id, change, clientRequestId: newKey() })
export const register = (input: Omit<ActionInput<'members', 'register'>, 'clientRequestId'>) =>
  call('members', 'register', { ...input, clientRequestId: newKey() })
export const myRegistration = () => call('members', 'myRegistration', {})
export const pendingRegistrations = () => call('members', 'registrations', { status: 'pending' })
export const reviewRegistration = (
  id: string,
  decision: ActionInput<'members', 'reviewRegistration'>['decision'],
) => call('members', 'reviewRegistration', { id, decision, clientRequestId: newKey() })
export const logService = (input: Omit<ActionInput<'members', 'logService'>, 'clientRequestId'>) =>
  call('members', 'logService', { ...input, clientRequestId: newKey() })
export const myRecords = (cursor?: string) =>
  call('members', 'records', cursor ? { limit: 20, cursor } : { limit: 20 })
export const mySummary = (year: number) => call('members', 'summary', { year })
/** Staff: everyone's scores for a year or one month of it, ranked; `csv` also answers the table. */
export const rankedSummary = (
  year: number,
  month: number | undefined,
  format: 'json' | 'csv',
  unitId?: string,
) =>
  call('members', 'summary', {
    year,
    format,
    ...(month === undefined ? {} : { month }),
    ...(unitId === undefined ? {} : { unitId }),
  })
export const getPointsRules = () => call('members', 'pointsRules', {})
export const savePointsRules = (rules: PointsRules) =>
  call('members', 'setPointsRules', { rules, clientRequestId: newKey() })
export const awardBadge = (memberId: string, awarded: boolean) =>
  call('members', 'awardBadge', {
    memberId,
    badge: 'pioneerPost',
    awarded,
    clientRequestId: newKey(),
  })
export const setMyPhoto = (photo: string | null) =>
  call('members', 'setPhoto', { photo, clientRequestId: newKey() })
/** Logged service waiting for verification: one grid's (its leader), or every grid's (staff). */
export const pendingRecords = (gridId: string | undefined) =>
  call('members', 'records', { limit: 50, status: 'pending', ...(gridId ? { gridId } : {}) })
export const verifyService = (
  id: string,
  decision: ActionInput<'members', 'verifyService'>['decision'],
) => call('members', 'verifyService', { id, decision, clientRequestId: newKey() })
export const listBuildings = () => call('org', 'listBuildings', {})

export const ballot = () => call('evaluations', 'ballot', {})
export const rate = (
  roundId: string,
  memberId: string,
  verdict: ActionInput<'evaluations', 'rate'>['verdict'],
) => call('evaluations', 'rate', { roundId, memberId, verdict, clientRequestId: newKey() })
export const listRounds = () => call('evaluations', 'rounds', {})
export const openRound = (
  input: Omit<ActionInput<'evaluations', 'openRound'>, 'clientRequestId'>,
) => call('evaluations', 'openRound', { ...input, clientRequestId: newKey() })
export const roundResults = (roundId: string) => call('evaluations', 'results', { roundId })
export const roundResultsCsv = (roundId: string) =>
  call('evaluations', 'results', { roundId, format: 'csv' })
export const answerAppeal = (id: string, answer: string) =>
  call('evaluations', 'answerAppeal', { id, answer, clientRequestId: newKey() })
export const appeal = (roundId: string, text: string) =>
  call('evaluations', 'appeal', { roundId, text, clientRequestId: newKey() })
