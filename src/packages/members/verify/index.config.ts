// 纪实核实 page config: pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '纪实核实', enablePullDownRefresh: true })
