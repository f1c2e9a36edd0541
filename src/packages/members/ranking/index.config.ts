// 党员积分排名 page config: pull down to refresh.
export default definePageConfig({
  navigationBarTitleText: '党员积分排名',
  enablePullDownRefresh: true,
})
