// 代办 page config.
export default definePageConfig({ navigationBarTitleText: '代居民登记诉求' })
