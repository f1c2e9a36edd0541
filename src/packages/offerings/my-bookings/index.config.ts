// 我的预约 page config.
export default definePageConfig({ navigationBarTitleText: '我的预约', enablePullDownRefresh: true })
