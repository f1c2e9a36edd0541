// 导入住户 page config.
export default definePageConfig({
  navigationBarTitleText: '导入住户',
})
