// The demo's 供需菜单 supply side and one activity for 城西 (issue 11): offerings of the 医疗 team
// (demo-captain), 市住建局 (demo-unit-liaison) and three more teams, with slots in the coming days,
// and a 名师大讲堂 lecture by staff. Times are relative to the day the seed runs.
import { randomBytes } from 'node:crypto'
import {
  chinaDateOf,
  type ActivityDoc,
  type OfferingAudience,
  type OfferingCategory,
  type OfferingDoc,
  type OfferingSlotDoc,
} from '@linli/types'
import { COMMUNITY_ID, community, teamId, units } from './demo-org'
import { personId } from './demo-people'
import { DEMO_OPENIDS } from './demo-identities'

const DAY = 86_400_000
/** China wall-clock `HH:MM` on the day `days` from `now`. */
const chinaAt = (now: Date, days: number, hhmm: string) =>
  new Date(`${chinaDateOf(new Date(now.getTime() + days * DAY))}T${hhmm}:00+08:00`)

interface Plan {
  id: string
  title: string
  category: OfferingCategory
  description: string
  provider: OfferingDoc['provider']
  audience: OfferingAudience
  publishedBy: string
  slots: { days: number; from: string; to: string; place: string; capacity: number }[]
}

const unit1 = units.find((u) => u._id === 'unit-1')
const PLANS: Plan[] = [
  {
    id: 'off-demo-clinic',
    title: '周末义诊：量血压、测血糖',
    category: 'clinic',
    description: '社区卫生服务中心医生和医疗志愿服务队坐诊，带上既往病历更好。',
    provider: { kind: 'team', id: teamId('medical'), name: '医疗志愿服务队' },
    audience: { kind: 'everyone' },
    publishedBy: personId(DEMO_OPENIDS.captain),
    slots: [
      { days: 2, from: '09:00', to: '11:00', place: '社区党群服务中心一楼', capacity: 20 },
      { days: 9, from: '09:00', to: '11:00', place: '社区党群服务中心一楼', capacity: 20 },
    ],
  },
  {
    id: 'off-demo-pipe',
    title: '供暖季前入户管道检查',
    category: 'pipeCheck',
    description: '住建局党员志愿者上门检查暖气管道和阀门，发现隐患当场登记。',
    provider: { kind: 'unit', id: 'unit-1', name: unit1?.name ?? '原平市住房和城乡建设局' },
    audience: { kind: 'everyone' },
    publishedBy: personId(DEMO_OPENIDS.unitLiaison),
    slots: [{ days: 3, from: '14:00', to: '17:00', place: '上门服务', capacity: 10 }],
  },
  {
    id: 'off-demo-legal',
    title: '法律咨询：婚姻家庭、物业纠纷',
    category: 'legal',
    description: '司法志愿服务队律师一对一解答。',
    provider: { kind: 'team', id: teamId('legal'), name: '司法志愿服务队' },
    audience: { kind: 'everyone' },
    publishedBy: personId(DEMO_OPENIDS.member2),
    slots: [{ days: 4, from: '15:00', to: '17:00', place: '社区调解室', capacity: 6 }],
  },
  {
    id: 'off-demo-tutoring',
    title: '周末课业辅导（小学）',
    category: 'tutoring',
    description: '教师志愿服务队辅导作业，益民巷网格的孩子优先。',
    provider: { kind: 'team', id: teamId('teaching'), name: '教师志愿服务队' },
    audience: { kind: 'grid', gridId: 'grid-1' },
    publishedBy: personId(DEMO_OPENIDS.staff),
    slots: [{ days: 5, from: '09:30', to: '11:30', place: '社区图书室', capacity: 12 }],
  },
  {
    id: 'off-demo-haircut',
    title: '助老上门理发',
    category: 'elderCare',
    description: '助老志愿服务队为 60 岁以上老人上门理发。',
    provider: { kind: 'team', id: teamId('elderCare'), name: '助老志愿服务队' },
    audience: { kind: 'elderly' },
    publishedBy: personId(DEMO_OPENIDS.staff),
    slots: [{ days: 6, from: '09:00', to: '12:00', place: '上门服务', capacity: 8 }],
  },
]

export const demoOfferings = (
  now: Date,
): { offerings: OfferingDoc[]; slots: OfferingSlotDoc[] } => ({
  offerings: PLANS.map((p) => ({
    _id: p.id,
    communityId: COMMUNITY_ID,
    title: p.title,
    category: p.category,
    description: p.description,
    provider: p.provider,
    audience: p.audience,
    publishedBy: p.publishedBy,
    createdAt: now,
  })),
  slots: PLANS.flatMap((p) =>
    p.slots.map((s, i) => ({
      _id: `${p.id}-${i + 1}`,
      communityId: COMMUNITY_ID,
      offeringId: p.id,
      startsAt: chinaAt(now, s.days, s.from),
      endsAt: chinaAt(now, s.days, s.to),
      place: s.place,
      capacity: s.capacity,
      booked: 0,
      bookers: [],
      attendanceMarkedAt: null,
      createdAt: now,
    })),
  ),
})

export const demoActivities = (now: Date): ActivityDoc[] => [
  {
    _id: 'act-demo-lecture',
    communityId: COMMUNITY_ID,
    title: '名师大讲堂：冬季养生与慢病防治',
    description: '城西社区卫生服务中心主任主讲，现场扫码签到。',
    startsAt: chinaAt(now, 5, '19:00'),
    endsAt: chinaAt(now, 5, '21:00'),
    place: '社区党群服务中心二楼报告厅',
    capacity: 80,
    signUpDeadline: chinaAt(now, 4, '18:00'),
    hours: 2,
    organiser: { personId: personId(DEMO_OPENIDS.staff), teamId: null, name: community.name },
    signedUp: 0,
    participants: [],
    // Each database gets its own secret: a code can't be worked out from the repository.
    checkInSecret: randomBytes(32).toString('hex'),
    createdAt: now,
  },
]
