// 议事详情 page config.
export default definePageConfig({ navigationBarTitleText: '议事详情', enablePullDownRefresh: true })
