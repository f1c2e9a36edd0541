// 党员名片 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '党员名片', enablePullDownRefresh: true })
