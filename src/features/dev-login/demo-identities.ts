// The fixed demo sign-ins of the local seed (issue 3 §5): who each one is and what to try with it.
export interface DemoIdentity {
  openid: string
  title: string
  description: string
}

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { openid: 'demo-resident', title: '居民（益民巷网格）', description: '反映问题，查看我的诉求' },
  {
    openid: 'demo-resident-2',
    title: '居民（益民巷网格，另一户）',
    description: '同一网格的另一位居民',
  },
  { openid: 'demo-resident-far', title: '居民（其他网格）', description: '看不到益民巷网格的诉求' },
  {
    openid: 'demo-member',
    title: '党员（定岗益民巷网格）',
    description: '在任务大厅查看待认领的诉求',
  },
  {
    openid: 'demo-member-2',
    title: '党员（定岗益民巷网格）',
    description: '益民巷网格的另一位党员',
  },
  {
    openid: 'demo-grid-leader',
    title: '网格长（益民巷网格）',
    description: '办理益民巷网格的网格待办',
  },
  {
    openid: 'demo-grid-leader-2',
    title: '网格长（其他网格）',
    description: '看不到益民巷网格的待办',
  },
  { openid: 'demo-staff', title: '社区工作人员', description: '社区党委，查看各网格待办' },
  {
    openid: 'demo-unit-liaison',
    title: '驻区单位联络员（市住建局）',
    description: '办理转办到市住建局的诉求',
  },
  {
    openid: 'demo-captain',
    title: '医疗志愿服务队队长（定岗益民巷网格）',
    description: '为服务队认领诉求',
  },
  {
    openid: 'demo-inservice',
    title: '在职党员（市住建局，未报到）',
    description: '到社区双报到，选择定岗网格',
  },
  {
    openid: 'demo-newcomer',
    title: '尚未认证的微信用户',
    description: '选择楼院反映问题，等待网格长受理',
  },
]
