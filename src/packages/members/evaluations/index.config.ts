// 我的评议 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '我的评议', enablePullDownRefresh: true })
