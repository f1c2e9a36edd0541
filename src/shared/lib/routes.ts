// Page paths in one place, so a renamed page breaks the build rather than a tap.
export const ROUTES = {
  home: '/pages/index/index',
  devLogin: '/pages/dev-login/index',
  report: '/pages/report/index',
  myRequests: '/pages/my-requests/index',
  gridBoard: '/pages/grid-board/index',
  taskHall: '/pages/task-hall/index',
  // The requests subpackage (app.config subPackages): loaded on first use, off the main package.
  requestDetail: '/packages/requests/detail/index',
  myTasks: '/packages/requests/my-tasks/index',
  onBehalf: '/packages/requests/on-behalf/index',
  // The notices subpackage.
  inbox: '/packages/notices/inbox/index',
  noticeDetail: '/packages/notices/detail/index',
  composeNotice: '/packages/notices/compose/index',
  noticeStats: '/packages/notices/stats/index',
  doorKnock: '/packages/notices/door-knock/index',
  /** Staff: held texts of every kind (内容审核). */
  heldContent: '/packages/notices/held/index',
  /** Local H5 build only: the emulator's outbox of subscribe messages. */
  outbox: '/packages/notices/outbox/index',
  // The members subpackage (三亮, 双报到, 纪实, 评议).
  memberGrid: '/packages/members/grid/index',
  memberCard: '/packages/members/card/index',
  myPledges: '/packages/members/pledges/index',
  myRecords: '/packages/members/records/index',
  checkIn: '/packages/members/check-in/index',
  checkIns: '/packages/members/check-ins/index',
  ballot: '/packages/members/ballot/index',
  rounds: '/packages/members/rounds/index',
  ranking: '/packages/members/ranking/index',
  pointsRules: '/packages/members/points-rules/index',
  serviceReviews: '/packages/members/verify/index',
  myEvaluations: '/packages/members/evaluations/index',
  // The offerings subpackage (issue 11): 服务菜单, 预约, 活动, 签到.
  offeringMenu: '/packages/offerings/menu/index',
  publishOffering: '/packages/offerings/publish/index',
  myBookings: '/packages/offerings/my-bookings/index',
  slotBookings: '/packages/offerings/bookings/index',
  activities: '/packages/offerings/activities/index',
  createActivity: '/packages/offerings/activity-create/index',
  checkInCode: '/packages/offerings/check-in-code/index',
  activityCheckIn: '/packages/offerings/check-in/index',
  figures: '/packages/figures/overview/index',
  // Issue 11 §4: the console subpackage.
  consoleSetup: '/packages/console/setup/index',
  consoleRules: '/packages/console/rules/index',
  // The meetings subpackage (issue 11 §3): 议事, 议事详情, 记录议事会, 诉求热点.
  meetings: '/packages/meetings/list/index',
  meetingDetail: '/packages/meetings/detail/index',
  recordMeeting: '/packages/meetings/record/index',
  hotSpots: '/packages/meetings/hot-spots/index',
  // The org subpackage (issue 11 §4): 导入住户, 加入家庭, 入户审核, 邀请家人.
  importHouseholds: '/packages/org/import/index',
  joinHousehold: '/packages/org/join/index',
  joinRequests: '/packages/org/join-requests/index',
  inviteFamily: '/packages/org/invite/index',
} as const

export const requestDetailUrl = (id: string): string =>
  `${ROUTES.requestDetail}?id=${encodeURIComponent(id)}`

export const noticeDetailUrl = (id: string, via: 'inbox' | 'share' | 'subscribe'): string =>
  `${ROUTES.noticeDetail}?id=${encodeURIComponent(id)}&via=${via}`
export const memberCardUrl = (id: string): string =>
  `${ROUTES.memberCard}?id=${encodeURIComponent(id)}`
