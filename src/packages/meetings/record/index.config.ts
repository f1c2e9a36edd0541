// 记录议事会 page config.
export default definePageConfig({ navigationBarTitleText: '记录议事会' })
