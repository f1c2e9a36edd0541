// 评议与申诉 page config: pull down to refresh.
export default definePageConfig({
  navigationBarTitleText: '评议与申诉',
  enablePullDownRefresh: true,
})
