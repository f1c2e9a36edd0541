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
  /** Local H5 build only: the emulator's outbox of subscribe messages. */
  outbox: '/packages/notices/outbox/index',
} as const

export const requestDetailUrl = (id: string): string =>
  `${ROUTES.requestDetail}?id=${encodeURIComponent(id)}`

export const noticeDetailUrl = (id: string, via: 'inbox' | 'share' | 'subscribe'): string =>
  `${ROUTES.noticeDetail}?id=${encodeURIComponent(id)}&via=${via}`
