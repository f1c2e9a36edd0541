// 现场签到 page config.
export default definePageConfig({ navigationBarTitleText: '现场签到' })
