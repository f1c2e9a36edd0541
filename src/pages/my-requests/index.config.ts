// 我的诉求 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '我的诉求', enablePullDownRefresh: true })
