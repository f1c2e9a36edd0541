// 发布服务项目 page config.
export default definePageConfig({ navigationBarTitleText: '发布服务项目' })
