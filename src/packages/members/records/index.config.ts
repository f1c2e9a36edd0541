// 我的纪实 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '我的纪实', enablePullDownRefresh: true })
