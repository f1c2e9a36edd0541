// 发起活动 page config.
export default definePageConfig({ navigationBarTitleText: '发起活动' })
