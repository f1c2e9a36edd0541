// 加入家庭 page config.
export default definePageConfig({
  navigationBarTitleText: '加入家庭',
})
