// 阅读统计 page config.
export default definePageConfig({ navigationBarTitleText: '阅读统计' })
