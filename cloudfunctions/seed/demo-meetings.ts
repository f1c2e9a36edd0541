// The seed's 议事会 (issue 11 §3), after the case study's 益民巷 story: residents complained of
// broken fences, overgrown hedges and dark nights; a meeting with 市住建局 and the residents'
// representatives decided, and the street lamps went up (28 in the case study).
import type { MeetingDoc } from '@linli/types'
import { COMMUNITY_ID, gridId, teamId } from './demo-org'
import { DEMO_OPENIDS } from './demo-identities'
import { personId } from './demo-people'

const DAY_MS = 86_400_000
const chinaDay = (at: Date): string =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

export const demoMeetings = (now: Date): MeetingDoc[] => {
  const heldAt = new Date(now.getTime() - 20 * DAY_MS)
  const staff = personId(DEMO_OPENIDS.staff)
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS)
  return [
    {
      _id: 'mtg-demo-yimin',
      communityId: COMMUNITY_ID,
      topic: '益民巷环境整治议事会',
      heldOn: chinaDay(heldAt),
      participants: [
        { kind: 'staff', id: staff, name: '城西社区党委' },
        { kind: 'unit', id: 'unit-1', name: '原平市住房和城乡建设局' },
        { kind: 'team', id: teamId('sanitation'), name: '卫生志愿服务队' },
        { kind: 'resident', id: null, name: '益民巷居民代表 王师傅' },
        { kind: 'resident', id: null, name: '益民巷居民代表 李阿姨' },
      ],
      requestIds: [],
      gridIds: [gridId(0)],
      followers: [],
      decisions: [
        {
          id: 'mtg-demo-yimin-d1',
          text: '拆除益民巷沿街破损护栏，统一更换为新护栏',
          owner: { kind: 'unit', id: 'unit-1', name: '原平市住房和城乡建设局' },
          dueOn: chinaDay(since(-10)),
          requestIds: [],
          status: 'inProgress',
          progress: [
            {
              status: 'inProgress',
              note: '旧护栏已拆除，新护栏材料进场',
              at: since(8),
              byPersonId: staff,
            },
          ],
          updatedAt: since(8),
        },
        {
          id: 'mtg-demo-yimin-d2',
          text: '修剪益民巷两侧绿篱，清理枯枝杂草',
          owner: { kind: 'team', id: teamId('sanitation'), name: '卫生志愿服务队' },
          dueOn: chinaDay(since(5)),
          requestIds: [],
          status: 'done',
          progress: [
            { status: 'inProgress', note: '志愿者分两组修剪', at: since(15), byPersonId: staff },
            { status: 'done', note: '绿篱修剪完毕，枯枝已清运', at: since(12), byPersonId: staff },
          ],
          updatedAt: since(12),
        },
        {
          id: 'mtg-demo-yimin-d3',
          text: '在益民巷安装路灯 28 盏，解决夜间照明',
          owner: { kind: 'unit', id: 'unit-1', name: '原平市住房和城乡建设局' },
          dueOn: chinaDay(since(-30)),
          requestIds: [],
          status: 'planned',
          progress: [],
          updatedAt: heldAt,
        },
      ],
      recordedBy: staff,
      version: 3,
      createdAt: heldAt,
    },
  ]
}
