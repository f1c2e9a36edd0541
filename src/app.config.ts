// App config: the page list per build (the dev sign-in page exists only in the local H5 build).
const pages = [
  'pages/index/index',
  'pages/report/index',
  'pages/my-requests/index',
  'pages/grid-board/index',
  'pages/task-hall/index',
]

// In the mini-program WeChat gives the identity; the H5 build is local only and signs in as a demo.
if (process.env.TARO_ENV === 'h5') pages.push('pages/dev-login/index')

/** Pages opened from the main ones: a subpackage keeps their code out of the 600 KB main package. */
const noticePages = [
  'inbox/index',
  'detail/index',
  'compose/index',
  'stats/index',
  'door-knock/index',
  'held/index',
]
// The emulator's outbox viewer exists only where the emulator does: the local H5 build.
if (process.env.TARO_ENV === 'h5') noticePages.push('outbox/index')

const subPackages = [
  { root: 'packages/requests', pages: ['detail/index', 'my-tasks/index', 'on-behalf/index'] },
  { root: 'packages/notices', pages: noticePages },
  {
    root: 'packages/members',
    pages: [
      'grid/index',
      'card/index',
      'pledges/index',
      'records/index',
      'check-in/index',
      'check-ins/index',
      'ballot/index',
      'rounds/index',
      'ranking/index',
      'points-rules/index',
      'verify/index',
      'evaluations/index',
    ],
  },
  {
    root: 'packages/offerings',
    pages: [
      'menu/index',
      'publish/index',
      'my-bookings/index',
      'bookings/index',
      'activities/index',
      'activity-create/index',
      'check-in-code/index',
      'check-in/index',
    ],
  },
  {
    root: 'packages/org',
    pages: ['import/index', 'join/index', 'join-requests/index', 'invite/index'],
  },
  {
    root: 'packages/figures',
    pages: ['overview/index'],
  },
  // Issue 11 §4: staff's 社区设置 and 规则.
  { root: 'packages/console', pages: ['setup/index', 'rules/index'] },
  {
    root: 'packages/meetings',
    pages: ['list/index', 'detail/index', 'record/index', 'hot-spots/index'],
  },
]

/**
 * `cloud: true` marks the mini-program as a cloud-development one in app.json (WeChat's key, not in
 * Taro's AppConfig type; Taro copies unknown keys through).
 */
const cloud = { cloud: true }

/**
 * No slide between pages in the H5 build. Taro's H5 router hides the page left behind on a timer
 * (300 ms slide + 50 ms delay) that going back does not cancel: back within that time left both
 * pages hidden and a blank screen (the notices e2e saw it under load; a quick double tap does the
 * same). With the animation off the timer is 0 ms. The mini-program has WeChat's own transitions.
 */
const h5 = process.env.TARO_ENV === 'h5' ? { animation: false } : {}

export default defineAppConfig({
  ...cloud,
  ...h5,
  pages,
  subPackages,
  // 按需注入: WeChat loads a page's components only when the page is opened (code quality check).
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f1ec',
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTitleText: '邻里',
    navigationBarTextStyle: 'white',
  },
})
