// Drives member and evaluation set-ups through the gateway for integration tests.
import { chinaDateOf } from '@linli/types'
import { key } from './drive'
import { dataOf, type Stack } from './stack'

export const today = () => chinaDateOf(new Date())
export const daysFromToday = (days: number) => chinaDateOf(new Date(Date.now() + days * 86_400_000))

/** An open round (today … +30 days) with the given members, opened by demo-staff. */
export const openRoundWith = async (stack: Stack, memberIds: string[]): Promise<string> =>
  dataOf(
    await stack.call(
      'evaluations',
      'openRound',
      {
        name: `评议 ${key().slice(0, 6)}`,
        startsOn: today(),
        endsOn: daysFromToday(30),
        memberIds,
        clientRequestId: key(),
      },
      'demo-staff',
    ),
  ).id

export const pledgeBy = async (
  stack: Stack,
  openid: string,
  text = '每周三下午为老人量血压',
): Promise<string> =>
  dataOf(
    await stack.call(
      'members',
      'pledge',
      { text, dueDate: daysFromToday(20), clientRequestId: key() },
      openid,
    ),
  ).id

export const loggedServiceBy = async (stack: Stack, openid: string): Promise<string> =>
  dataOf(
    await stack.call(
      'members',
      'logService',
      { kind: 'patrol', note: '夜间巡逻益民巷', hours: 2, date: today(), clientRequestId: key() },
      openid,
    ),
  ).id

let applicants = 0
/** A registration by a WeChat user the community does not know yet. */
export const registrationBy = async (
  stack: Stack,
  openid = `applicant-${(applicants += 1)}-${key().slice(0, 8)}`,
) =>
  dataOf(
    await stack.call(
      'members',
      'register',
      {
        name: '赵在职',
        unitId: 'unit-1',
        partyOrgName: '市住建局机关党支部',
        gridId: 'grid-1',
        teamIds: [],
        specialties: ['skills'],
        clientRequestId: key(),
      },
      openid,
    ),
  ).id as string

/** Residents of grid 1 who may rate a member posted there (seeded verified residents). */
export const gridOneResidents = async (stack: Stack, count: number): Promise<string[]> => {
  const households = await stack.db
    .collection('households')
    .where({ gridId: 'grid-1' })
    .limit(100)
    .get()
  const ids = (households.data as { _id: string }[]).map((h) => h._id)
  const persons = await stack.db
    .collection('persons')
    .where({ 'roles.householdId': stack.db.command.in(ids) })
    .limit(100)
    .get()
  return (persons.data as { openid: string; roles: { role: string }[] }[])
    .filter((p) => p.roles.length === 1)
    .map((p) => p.openid)
    .slice(0, count)
}
