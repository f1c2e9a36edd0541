// 入户审核 page config: pull down to refresh.
export default definePageConfig({
  navigationBarTitleText: '入户审核',
  enablePullDownRefresh: true,
})
