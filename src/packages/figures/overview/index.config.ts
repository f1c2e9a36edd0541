// 数据统计 page config: pull down to refresh.
export default definePageConfig({
  navigationBarTitleText: '数据统计',
  enablePullDownRefresh: true,
})
