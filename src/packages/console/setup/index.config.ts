// 社区设置 page config: pull down to refresh.
export default definePageConfig({
  navigationBarTitleText: '社区设置',
  enablePullDownRefresh: true,
})
