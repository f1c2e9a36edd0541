// 预约与到场 page config.
export default definePageConfig({
  navigationBarTitleText: '预约与到场',
  enablePullDownRefresh: true,
})
