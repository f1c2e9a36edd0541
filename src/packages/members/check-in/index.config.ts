// 双报到 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '双报到', enablePullDownRefresh: true })
