// 诉求热点 page config.
export default definePageConfig({ navigationBarTitleText: '诉求热点', enablePullDownRefresh: true })
