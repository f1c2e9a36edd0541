// Who may keep the community's setup and rules (issue 11 §4): staff only; every other identity of
// authorization.test.ts (same columns) is refused.
import type { ErrorCode } from '@linli/types'
import { key } from '../support/drive'
import type { MemberRow } from './members-authorization-table'

type Expected = 'ok' | ErrorCode
const OK = 'ok'
const FB = 'AUTH.FORBIDDEN'
const none = async () => ''
const STAFF_ONLY: readonly Expected[] = [FB, FB, FB, FB, FB, FB, FB, FB, FB, OK]
const read = (data: MemberRow['data']): MemberRow => ({
  setup: none,
  data,
  expect: STAFF_ONLY,
  read: true,
})
const write = (data: MemberRow['data']): MemberRow => ({
  setup: none,
  data,
  expect: STAFF_ONLY,
  read: false,
})
const unique = () => key().slice(0, 8)

export const ORG_SETUP_ACTIONS = [
  'setup',
  'saveGrid',
  'saveBuilding',
  'saveUnit',
  'saveTeam',
  'savePost',
  'rules',
  'updateRules',
  'ruleChanges',
] as const
export type OrgSetupAction = (typeof ORG_SETUP_ACTIONS)[number]

// prettier-ignore
export const ORG_SETUP_TABLE: { org: Record<OrgSetupAction, MemberRow> } = {
  org: {
    setup: read(() => ({})),
    saveGrid: write(() => ({ name: `新网格${unique()}`, leaderId: null, clientRequestId: key() })),
    saveBuilding: write(() => ({ name: `新楼${unique()}`, gridId: 'grid-1', order: 900, clientRequestId: key() })),
    saveUnit: write(() => ({ name: `新单位${unique()}`, kind: 'enterprise', partyOrgName: '党支部', clientRequestId: key() })),
    saveTeam: write(() => ({ name: `新服务队${unique()}`, kind: 'teaching', captainId: null, clientRequestId: key() })),
    savePost: write(() => ({ personId: 'person-demo-member-2', gridId: 'grid-1', clientRequestId: key() })),
    rules: read(() => ({})),
    // 'current' is filled in by the test: the version stored when the column calls.
    updateRules: write(() => ({ kind: 'dueTimes', version: -1, clientRequestId: key(), value: { onSite: { kind: 'hours', hours: 4 }, sameDay: { kind: 'endOfDay', plusDays: 0 }, difficult: { kind: 'workingDays', days: 5 }, departmental: { kind: 'workingDays', days: 5 }, homeVisit: { kind: 'hours', hours: 24 } } })),
    ruleChanges: read(() => ({})),
  },
}
