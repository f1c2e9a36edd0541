// 议事 page config.
export default definePageConfig({ navigationBarTitleText: '议事', enablePullDownRefresh: true })
