// The API map: function → action → input schema → output schema → roles allowed.
import type { z } from 'zod'
import type { RoleName } from '../vocabulary'
import {
  doorKnockListInputSchema,
  doorKnockListOutputSchema,
  inboxInputSchema,
  inboxOutputSchema,
  listHeldInputSchema,
  listHeldOutputSchema,
  listSentInputSchema,
  listSentOutputSchema,
  markVisitedInputSchema,
  markVisitedOutputSchema,
  noticeDetailSchema,
  noticeStatsSchema,
  readNoticeInputSchema,
  reviewInputSchema,
  reviewOutputSchema,
  sendNoticeInputSchema,
  sendNoticeOutputSchema,
  statsInputSchema,
  subscribeInputSchema,
  subscribeOutputSchema,
  targetsInputSchema,
  targetsOutputSchema,
  templatesInputSchema,
  templatesOutputSchema,
} from './notices'
import {
  listAssigneesInputSchema,
  listAssigneesOutputSchema,
  listBuildingsInputSchema,
  listBuildingsOutputSchema,
  listHouseholdsInputSchema,
  listHouseholdsOutputSchema,
  listLimitHitsInputSchema,
  listLimitHitsOutputSchema,
  meInputSchema,
  meOutputSchema,
  ruleChangesInputSchema,
  ruleChangesOutputSchema,
  rulesInputSchema,
  rulesOutputSchema,
  saveBuildingInputSchema,
  saveGridInputSchema,
  savePostInputSchema,
  saveTeamInputSchema,
  saveUnitInputSchema,
  setupBuildingSchema,
  setupGridSchema,
  setupInputSchema,
  setupOutputSchema,
  setupPostSchema,
  setupTeamSchema,
  setupUnitSchema,
  updateRulesInputSchema,
  updateRulesOutputSchema,
} from './org'
import {
  acceptInputSchema,
  assignInputSchema,
  cancelInputSchema,
  claimInputSchema,
  confirmInputSchema,
  followInputSchema,
  progressInputSchema,
  recordFollowUpInputSchema,
  rejectInputSchema,
  reopenInputSchema,
  reportBackInputSchema,
  reportOnBehalfInputSchema,
  resolveInputSchema,
  startInputSchema,
  transferInputSchema,
} from './request-actions'
import {
  getRequestInputSchema,
  listBoardInputSchema,
  listForGridInputSchema,
  listMineInputSchema,
  listMyTasksInputSchema,
  reportRequestInputSchema,
  reportRequestOutputSchema,
  requestDetailSchema,
  requestPageSchema,
  similarInputSchema,
  similarOutputSchema,
} from './requests'
import * as members from './members'
import * as evaluations from './evaluations'
import * as offerings from './offerings'
import * as activities from './activities'
import * as figures from './figures'
import * as meetings from './meetings'
import * as households from './households'

/** `anyone` admits every caller WeChat identified, verified or not. */
export type Audience = 'anyone' | readonly RoleName[]

/** Writes count against a person's per-minute allowance; reads do not. */
export type ActionKind = 'read' | 'write'

export interface ActionSpec<I extends z.ZodTypeAny, O extends z.ZodTypeAny> {
  input: I
  output: O
  roles: Audience
  kind: ActionKind
}

const action = <I extends z.ZodTypeAny, O extends z.ZodTypeAny>(
  input: I,
  output: O,
  roles: Audience,
  kind: ActionKind = 'read',
): ActionSpec<I, O> => ({ input, output, roles, kind })

const LEADERS = ['gridLeader', 'staff', 'admin'] as const
const STAFF = ['staff', 'admin'] as const
/** Whoever may be a request's handler: a member, a team captain, a unit liaison, or a leader. */
const HANDLERS = ['member', 'teamCaptain', 'unitLiaison', 'gridLeader', 'staff', 'admin'] as const
/** Who may write notices: grid leaders, team captains (to their team) and staff. */
const SENDERS = ['gridLeader', 'teamCaptain', 'staff', 'admin'] as const
/** Who knocks on doors: the building's leader, else the grid leader; staff oversee. */
const KNOCKERS = ['buildingLeader', 'gridLeader', 'staff', 'admin'] as const
/** Who publishes offerings (供给): a team's captain, a unit's liaison, staff (issue 11). */
const PROVIDERS = ['teamCaptain', 'unitLiaison', 'staff', 'admin'] as const
/** Who organises activities: staff, or a team's captain. */
const ORGANISERS = ['teamCaptain', 'staff', 'admin'] as const
/** Who reads the figures: staff for the community (a street account its communities), grid leaders their grid. */
const FIGURE_READERS = ['gridLeader', 'staff', 'admin'] as const
/** A lifecycle action answers with the request as the caller now sees it. */
const lifecycle = <I extends z.ZodTypeAny>(input: I, roles: Audience) =>
  action(input, requestDetailSchema, roles, 'write')

export const API = {
  org: {
    me: action(meInputSchema, meOutputSchema, 'anyone'),
    listBuildings: action(listBuildingsInputSchema, listBuildingsOutputSchema, 'anyone'),
    listHouseholds: action(listHouseholdsInputSchema, listHouseholdsOutputSchema, LEADERS),
    listAssignees: action(listAssigneesInputSchema, listAssigneesOutputSchema, LEADERS),
    listLimitHits: action(listLimitHitsInputSchema, listLimitHitsOutputSchema, ['staff', 'admin']),
    // Issue 11 §4: 社区设置 and 规则 (staff).
    setup: action(setupInputSchema, setupOutputSchema, STAFF),
    saveGrid: action(saveGridInputSchema, setupGridSchema, STAFF, 'write'),
    saveBuilding: action(saveBuildingInputSchema, setupBuildingSchema, STAFF, 'write'),
    saveUnit: action(saveUnitInputSchema, setupUnitSchema, STAFF, 'write'),
    saveTeam: action(saveTeamInputSchema, setupTeamSchema, STAFF, 'write'),
    savePost: action(savePostInputSchema, setupPostSchema, STAFF, 'write'),
    rules: action(rulesInputSchema, rulesOutputSchema, STAFF),
    updateRules: action(updateRulesInputSchema, updateRulesOutputSchema, STAFF, 'write'),
    ruleChanges: action(ruleChangesInputSchema, ruleChangesOutputSchema, STAFF),
    // Issue 11 §4: 住户导入 and 入户核验.
    importHouseholds: action(
      households.importHouseholdsInputSchema,
      households.importHouseholdsOutputSchema,
      STAFF,
      'write',
    ),
    requestJoin: action(
      households.requestJoinInputSchema,
      households.joinRequestViewSchema,
      'anyone',
      'write',
    ),
    listJoinRequests: action(
      households.listJoinRequestsInputSchema,
      households.listJoinRequestsOutputSchema,
      LEADERS,
    ),
    decideJoin: action(
      households.decideJoinInputSchema,
      households.decideJoinOutputSchema,
      LEADERS,
      'write',
    ),
    createInviteCode: action(
      households.createInviteCodeInputSchema,
      households.createInviteCodeOutputSchema,
      'anyone',
      'write',
    ),
    joinHousehold: action(
      households.joinHouseholdInputSchema,
      households.joinHouseholdOutputSchema,
      'anyone',
      'write',
    ),
  },
  requests: {
    report: action(reportRequestInputSchema, reportRequestOutputSchema, 'anyone', 'write'),
    reportOnBehalf: action(reportOnBehalfInputSchema, reportRequestOutputSchema, LEADERS, 'write'),
    get: action(getRequestInputSchema, requestDetailSchema, 'anyone'),
    similar: action(similarInputSchema, similarOutputSchema, 'anyone'),
    listMine: action(listMineInputSchema, requestPageSchema, 'anyone'),
    listForGrid: action(listForGridInputSchema, requestPageSchema, [
      'gridLeader',
      'member',
      'staff',
      'admin',
    ]),
    listBoard: action(listBoardInputSchema, requestPageSchema, ['member', 'teamCaptain']),
    listMyTasks: action(listMyTasksInputSchema, requestPageSchema, [
      'member',
      'teamCaptain',
      'unitLiaison',
    ]),
    accept: lifecycle(acceptInputSchema, LEADERS),
    claim: lifecycle(claimInputSchema, ['member', 'teamCaptain']),
    assign: lifecycle(assignInputSchema, LEADERS),
    transfer: lifecycle(transferInputSchema, LEADERS),
    reject: lifecycle(rejectInputSchema, LEADERS),
    start: lifecycle(startInputSchema, HANDLERS),
    progress: lifecycle(progressInputSchema, HANDLERS),
    resolve: lifecycle(resolveInputSchema, HANDLERS),
    confirm: lifecycle(confirmInputSchema, 'anyone'),
    reopen: lifecycle(reopenInputSchema, 'anyone'),
    cancel: lifecycle(cancelInputSchema, 'anyone'),
    follow: lifecycle(followInputSchema, 'anyone'),
    recordFollowUp: lifecycle(recordFollowUpInputSchema, LEADERS),
    reportBack: lifecycle(reportBackInputSchema, ['staff', 'admin']),
  },
  notices: {
    send: action(sendNoticeInputSchema, sendNoticeOutputSchema, SENDERS, 'write'),
    inbox: action(inboxInputSchema, inboxOutputSchema, 'anyone'),
    /** Opening a notice records the receipt: a write. */
    read: action(readNoticeInputSchema, noticeDetailSchema, 'anyone', 'write'),
    stats: action(statsInputSchema, noticeStatsSchema, [...SENDERS, 'buildingLeader']),
    doorKnockList: action(doorKnockListInputSchema, doorKnockListOutputSchema, KNOCKERS),
    markVisited: action(markVisitedInputSchema, markVisitedOutputSchema, KNOCKERS, 'write'),
    listSent: action(listSentInputSchema, listSentOutputSchema, SENDERS),
    targets: action(targetsInputSchema, targetsOutputSchema, SENDERS),
    subscribe: action(subscribeInputSchema, subscribeOutputSchema, 'anyone', 'write'),
    templates: action(templatesInputSchema, templatesOutputSchema, 'anyone'),
    listHeld: action(listHeldInputSchema, listHeldOutputSchema, ['staff', 'admin']),
    review: action(reviewInputSchema, reviewOutputSchema, ['staff', 'admin'], 'write'),
  },
  members: {
    card: action(members.cardInputSchema, members.cardOutputSchema, 'anyone'),
    listForGrid: action(members.listMembersInputSchema, members.listMembersOutputSchema, [
      'resident',
      'member',
      'gridLeader',
      'staff',
      'admin',
    ]),
    pledge: action(members.pledgeInputSchema, members.pledgeViewSchema, ['member'], 'write'),
    updatePledge: action(
      members.updatePledgeInputSchema,
      members.pledgeViewSchema,
      ['member', 'staff', 'admin'],
      'write',
    ),
    register: action(members.registerInputSchema, members.checkInViewSchema, 'anyone', 'write'),
    myRegistration: action(
      members.myRegistrationInputSchema,
      members.myRegistrationOutputSchema,
      'anyone',
    ),
    registrations: action(
      members.registrationsInputSchema,
      members.registrationsOutputSchema,
      STAFF,
    ),
    reviewRegistration: action(
      members.reviewRegistrationInputSchema,
      members.checkInViewSchema,
      STAFF,
      'write',
    ),
    logService: action(
      members.logServiceInputSchema,
      members.serviceRecordViewSchema,
      ['member'],
      'write',
    ),
    verifyService: action(
      members.verifyServiceInputSchema,
      members.serviceRecordViewSchema,
      LEADERS,
      'write',
    ),
    records: action(members.recordsInputSchema, members.recordsOutputSchema, [
      'member',
      ...LEADERS,
    ]),
    summary: action(members.summaryInputSchema, members.summaryOutputSchema, ['member', ...STAFF]),
    pointsRules: action(members.pointsRulesInputSchema, members.pointsRulesOutputSchema, [
      'member',
      ...LEADERS,
    ]),
    setPointsRules: action(
      members.setPointsRulesInputSchema,
      members.pointsRulesOutputSchema,
      STAFF,
      'write',
    ),
    awardBadge: action(members.awardBadgeInputSchema, members.memberCardSchema, STAFF, 'write'),
    setPhoto: action(members.setPhotoInputSchema, members.memberCardSchema, ['member'], 'write'),
  },
  evaluations: {
    openRound: action(
      evaluations.openRoundInputSchema,
      evaluations.roundViewSchema,
      STAFF,
      'write',
    ),
    rounds: action(evaluations.roundsInputSchema, evaluations.roundsOutputSchema, [
      'member',
      ...STAFF,
    ]),
    ballot: action(evaluations.ballotInputSchema, evaluations.ballotOutputSchema, ['resident']),
    rate: action(evaluations.rateInputSchema, evaluations.rateOutputSchema, ['resident'], 'write'),
    results: action(evaluations.resultsInputSchema, evaluations.resultsOutputSchema, [
      'member',
      ...STAFF,
    ]),
    appeal: action(
      evaluations.appealInputSchema,
      evaluations.appealViewSchema,
      ['member'],
      'write',
    ),
    answerAppeal: action(
      evaluations.answerAppealInputSchema,
      evaluations.appealViewSchema,
      STAFF,
      'write',
    ),
  },
  offerings: {
    publish: action(offerings.publishInputSchema, offerings.offeringViewSchema, PROVIDERS, 'write'),
    list: action(offerings.listOfferingsInputSchema, offerings.listOfferingsOutputSchema, 'anyone'),
    book: action(offerings.bookInputSchema, offerings.bookingViewSchema, 'anyone', 'write'),
    cancelBooking: action(
      offerings.cancelBookingInputSchema,
      offerings.bookingViewSchema,
      'anyone',
      'write',
    ),
    bookings: action(offerings.bookingsInputSchema, offerings.bookingsOutputSchema, 'anyone'),
    markAttendance: action(
      offerings.markAttendanceInputSchema,
      offerings.markAttendanceOutputSchema,
      PROVIDERS,
      'write',
    ),
  },
  activities: {
    create: action(
      activities.createActivityInputSchema,
      activities.activityViewSchema,
      ORGANISERS,
      'write',
    ),
    list: action(
      activities.listActivitiesInputSchema,
      activities.listActivitiesOutputSchema,
      'anyone',
    ),
    signUp: action(activities.signUpInputSchema, activities.activityViewSchema, 'anyone', 'write'),
    cancelSignUp: action(
      activities.cancelSignUpInputSchema,
      activities.activityViewSchema,
      'anyone',
      'write',
    ),
    checkInCode: action(
      activities.checkInCodeInputSchema,
      activities.checkInCodeOutputSchema,
      ORGANISERS,
    ),
    checkIn: action(
      activities.checkInInputSchema,
      activities.checkInOutputSchema,
      'anyone',
      'write',
    ),
  },
  figures: {
    summary: action(figures.summaryInputSchema, figures.summaryOutputSchema, FIGURE_READERS),
    byGrid: action(figures.byGridInputSchema, figures.byGridOutputSchema, FIGURE_READERS),
    export: action(figures.exportInputSchema, figures.exportOutputSchema, FIGURE_READERS),
  },
  meetings: {
    record: action(meetings.recordMeetingInputSchema, meetings.meetingViewSchema, STAFF, 'write'),
    list: action(meetings.listMeetingsInputSchema, meetings.listMeetingsOutputSchema, 'anyone'),
    get: action(meetings.getMeetingInputSchema, meetings.meetingViewSchema, 'anyone'),
    /** Staff, or the decision's owner (checked by the use case). */
    updateDecision: action(
      meetings.updateDecisionInputSchema,
      meetings.meetingViewSchema,
      'anyone',
      'write',
    ),
    hotSpots: action(meetings.hotSpotsInputSchema, meetings.hotSpotsOutputSchema, STAFF),
  },
} as const

export type Api = typeof API
export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
type SpecOf<F extends FunctionName, A extends ActionName<F>> =
  Api[F][A] extends ActionSpec<infer I, infer O> ? { input: I; output: O } : never
/** What the app sends (defaults may be omitted). */
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<
  SpecOf<F, A>['input']
>
/** What the function has after parsing. */
export type ParsedInput<F extends FunctionName, A extends ActionName<F>> = z.output<
  SpecOf<F, A>['input']
>
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = z.output<
  SpecOf<F, A>['output']
>

/** The event every function receives: `{ action, data }` (CloudBase examples' convention). */
export interface FunctionEvent {
  action: string
  data?: unknown
}
