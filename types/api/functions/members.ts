// The `members` function's actions: input schema → output schema → roles allowed.
import { action, LEADERS, STAFF } from '../spec'
import * as members from '../members'

export const membersApi = {
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
  registrations: action(members.registrationsInputSchema, members.registrationsOutputSchema, STAFF),
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
  records: action(members.recordsInputSchema, members.recordsOutputSchema, ['member', ...LEADERS]),
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
} as const
