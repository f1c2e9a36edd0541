// 上门通知名单 page config.
export default definePageConfig({ navigationBarTitleText: '上门通知名单' })
