// Page paths in one place, so a renamed page breaks the build rather than a tap.
export const ROUTES = {
  home: '/pages/index/index',
  devLogin: '/pages/dev-login/index',
  report: '/pages/report/index',
  myRequests: '/pages/my-requests/index',
  requestDetail: '/pages/request-detail/index',
  gridBoard: '/pages/grid-board/index',
  taskHall: '/pages/task-hall/index',
} as const

export const requestDetailUrl = (id: string): string =>
  `${ROUTES.requestDetail}?id=${encodeURIComponent(id)}`
