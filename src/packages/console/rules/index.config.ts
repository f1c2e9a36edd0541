// 规则 page config: pull down to refresh.
export default definePageConfig({
  navigationBarTitleText: '规则设置',
  enablePullDownRefresh: true,
})
