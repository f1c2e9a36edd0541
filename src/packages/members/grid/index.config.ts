// 党员风采 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '党员风采', enablePullDownRefresh: true })
