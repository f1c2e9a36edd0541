// 签到码 page config.
export default definePageConfig({ navigationBarTitleText: '签到码' })
