import { ERROR_CODES, errorBodySchema } from './errors'
import {
  HANDLER_KINDS,
  REQUEST_ACTIONS,
  SYSTEM_REQUEST_ACTIONS,
  TIMELINE_EVENT_TYPES,
  escalationLevelSchema,
  followUpSchema,
  handlerSchema,
  hotlineOrderSchema,
  ratingSchema,
} from './request-lifecycle'
import {
  ROLES,
  TEAM_KINDS,
  channelSchema,
  handlingModeSchema,
  idSchema,
  memberKindSchema,
  onBehalfChannelSchema,
  requestStatusSchema,
  urgencySchema,
} from './vocabulary'

// DESIGN §1–3 written out by hand: the closed lists the code must match.
describe('the vocabulary of DESIGN §1–3', () => {
  it.each([
    [
      'roles',
      ROLES,
      [
        'resident',
        'member',
        'teamCaptain',
        'buildingLeader',
        'gridLeader',
        'unitLiaison',
        'staff',
        'admin',
      ],
    ],
    [
      'team kinds',
      TEAM_KINDS,
      [
        'teaching',
        'legal',
        'cultureSports',
        'medical',
        'skills',
        'sanitation',
        'elderCare',
        'publicSecurity',
      ],
    ],
    ['member kinds', memberKindSchema.options, ['community', 'retired', 'inService']],
    [
      'handling modes (五办)',
      handlingModeSchema.options,
      ['onSite', 'sameDay', 'difficult', 'departmental', 'homeVisit'],
    ],
    [
      'request states',
      requestStatusSchema.options,
      [
        'submitted',
        'open',
        'claimed',
        'assigned',
        'inProgress',
        'resolved',
        'closed',
        'reopened',
        'cancelled',
        'rejected',
      ],
    ],
    ['urgencies', urgencySchema.options, ['normal', 'urgent']],
    [
      'channels',
      channelSchema.options,
      ['miniProgram', 'hotline', 'suggestionBox', 'wechatGroup', 'visit', 'hotline12345'],
    ],
    [
      'channels of a report on a resident’s behalf (not the app)',
      onBehalfChannelSchema.options,
      ['hotline', 'suggestionBox', 'wechatGroup', 'visit', 'hotline12345'],
    ],
    [
      'actions a person takes',
      REQUEST_ACTIONS,
      [
        'accept',
        'claim',
        'assign',
        'transfer',
        'reject',
        'start',
        'progress',
        'resolve',
        'confirm',
        'reopen',
        'cancel',
        'follow',
        'recordFollowUp',
        'reportBack',
      ],
    ],
    ['actions only the timer takes', SYSTEM_REQUEST_ACTIONS, ['escalate', 'autoClose']],
    [
      'timeline events',
      TIMELINE_EVENT_TYPES,
      [
        'reported',
        'recordedOnBehalf',
        'routed',
        'accepted',
        'claimed',
        'assigned',
        'transferred',
        'rejected',
        'started',
        'progress',
        'resolved',
        'confirmed',
        'reopened',
        'cancelled',
        'followed',
        'followUpOpened',
        'followUpRecorded',
        'reportedBack',
        'escalated',
        'autoClosed',
      ],
    ],
    ['handler kinds', HANDLER_KINDS, ['member', 'team', 'unit', 'department']],
    [
      'error codes',
      ERROR_CODES,
      [
        'INPUT.INVALID',
        'ACTION.UNKNOWN',
        'AUTH.UNAUTHENTICATED',
        'AUTH.FORBIDDEN',
        'NOT_FOUND',
        'REQUEST.BUILDING_REQUIRED',
        'REQUEST.ALREADY_TAKEN',
        'REQUEST.INVALID_STATE',
        'REQUEST.ALREADY_RATED',
        'RATE.LIMITED',
        'CONTENT.RISKY',
        'NOTICE.INVALID_STATE',
        'MODERATION.ALREADY_DECIDED',
        'MEMBER.ALREADY_REGISTERED',
        'MEMBER.ALREADY_SETTLED',
        'EVALUATION.NOT_OPEN',
        'EVALUATION.ALREADY_RATED',
        'OFFERING.SLOT_FULL',
        'OFFERING.ALREADY_BOOKED',
        'OFFERING.NOT_ELIGIBLE',
        'OFFERING.CLOSED',
        'ACTIVITY.FULL',
        'ACTIVITY.ALREADY_SIGNED_UP',
        'ACTIVITY.CLOSED',
        'ACTIVITY.NOT_SIGNED_UP',
        'ACTIVITY.CODE_EXPIRED',
        'ACTIVITY.CODE_INVALID',
        'ACTIVITY.ALREADY_CHECKED_IN',
        'FIGURES.PERIOD_INVALID',
        'ORG.NAME_TAKEN',
        'ORG.IN_USE',
        'ORG.NOT_MEMBER',
        'RULES.STALE',
        'RULES.CATEGORY_DISABLED',
        'MEETINGS.REQUEST_UNKNOWN',
        'MEETINGS.DECISION_TRANSITION',
        'MEETINGS.CHANGED',
        'ORG.IMPORT_INVALID',
        'ORG.FILE_UNREADABLE',
        'ORG.ALREADY_VERIFIED',
        'ORG.HOUSEHOLD_NOT_FOUND',
        'ORG.INVITE_INVALID',
        'ORG.JOIN_ALREADY_DECIDED',
        'INTERNAL',
      ],
    ],
  ])('%s', (_name, actual, expected) => {
    expect([...actual]).toEqual(expected)
  })

  it('takes ids of 1 to 64 characters', () => {
    expect(idSchema.safeParse('').success).toBe(false)
    expect(idSchema.safeParse('a').success).toBe(true)
    expect(idSchema.safeParse('a'.repeat(64)).success).toBe(true)
    expect(idSchema.safeParse('a'.repeat(65)).success).toBe(false)
  })
})

describe('the stored parts of a request', () => {
  const at = new Date('2026-11-26T02:00:00Z')

  it('keeps a handler with a non-empty id of at most 64 characters', () => {
    const handler = { kind: 'department', id: '市住建局', name: '市住建局' }
    expect(handlerSchema.parse(handler)).toStrictEqual(handler)
    expect(handlerSchema.safeParse({ ...handler, id: '' }).success).toBe(false)
    expect(handlerSchema.safeParse({ ...handler, id: 'x'.repeat(65) }).success).toBe(false)
  })

  it('fills a pending 回访 and a new 12345 order with nulls', () => {
    expect(followUpSchema.parse({ status: 'pending', openedAt: at })).toStrictEqual({
      status: 'pending',
      openedAt: at,
      doneAt: null,
      note: null,
    })
    expect(followUpSchema.safeParse({ status: 'done', openedAt: at }).success).toBe(true)
    expect(followUpSchema.safeParse({ status: 'later', openedAt: at }).success).toBe(false)
    expect(hotlineOrderSchema.parse({ orderNo: 'GD-1', dueAt: at })).toStrictEqual({
      orderNo: 'GD-1',
      dueAt: at,
      outcome: null,
      reportedBackAt: null,
    })
    expect(hotlineOrderSchema.safeParse({ orderNo: '', dueAt: at }).success).toBe(false)
    expect(hotlineOrderSchema.safeParse({ orderNo: 'G'.repeat(40), dueAt: at }).success).toBe(true)
    expect(hotlineOrderSchema.safeParse({ orderNo: 'G'.repeat(41), dueAt: at }).success).toBe(false)
  })

  it('rates 1 to 5 whole stars', () => {
    const stars = (n: number) => ratingSchema.safeParse({ stars: n, comment: null, at }).success
    expect([0, 1, 2.5, 5, 6].map(stars)).toEqual([false, true, false, true, false])
  })

  it('escalates to level 0, 1 or 2 only', () => {
    expect([0, 1, 2, 3].map((n) => escalationLevelSchema.safeParse(n).success)).toEqual([
      true,
      true,
      true,
      false,
    ])
  })

  it('carries an error as a code, a message and maybe the issues', () => {
    const body = {
      code: 'INPUT.INVALID',
      message: '请检查',
      issues: [{ path: ['a', 0], message: 'x' }],
    }
    expect(errorBodySchema.parse(body)).toStrictEqual(body)
  })
})
