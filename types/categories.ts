// The request categories of DESIGN §3: fixed ids, default names, suggested team kinds, handling mode.
import { z } from 'zod'
import type { HandlingMode, TeamKind } from './vocabulary'

export const REQUEST_CATEGORY_IDS = [
  'sanitation',
  'repair',
  'heating',
  'greening',
  'security',
  'dispute',
  'legal',
  'medical',
  'elderCare',
  'education',
  'culture',
  'roads',
  'other',
] as const
export const requestCategoryIdSchema = z.enum(REQUEST_CATEGORY_IDS, {
  errorMap: () => ({ message: '请选择问题类别' }),
})
export type RequestCategoryId = z.infer<typeof requestCategoryIdSchema>

export interface RequestCategory {
  id: RequestCategoryId
  name: string
  teamKinds: readonly TeamKind[]
  handlingMode: HandlingMode
  /**
   * Sensitive categories never appear on public boards: 矛盾纠纷, 助老助残, and 医疗健康, since PIPL
   * counts health data as sensitive personal information.
   */
  sensitive: boolean
}

export const REQUEST_CATEGORIES: readonly RequestCategory[] = [
  {
    id: 'sanitation',
    name: '环境卫生',
    teamKinds: ['sanitation'],
    handlingMode: 'sameDay',
    sensitive: false,
  },
  {
    id: 'repair',
    name: '设施维修',
    teamKinds: ['skills'],
    handlingMode: 'sameDay',
    sensitive: false,
  },
  {
    id: 'heating',
    name: '供暖管网',
    teamKinds: ['skills'],
    handlingMode: 'sameDay',
    sensitive: false,
  },
  {
    id: 'greening',
    name: '绿化养护',
    teamKinds: ['sanitation'],
    handlingMode: 'sameDay',
    sensitive: false,
  },
  {
    id: 'security',
    name: '治安巡逻',
    teamKinds: ['publicSecurity'],
    handlingMode: 'onSite',
    sensitive: false,
  },
  {
    id: 'dispute',
    name: '矛盾纠纷',
    teamKinds: ['legal'],
    handlingMode: 'difficult',
    sensitive: true,
  },
  {
    id: 'legal',
    name: '法律咨询',
    teamKinds: ['legal'],
    handlingMode: 'sameDay',
    sensitive: false,
  },
  {
    id: 'medical',
    name: '医疗健康',
    teamKinds: ['medical'],
    handlingMode: 'homeVisit',
    sensitive: true,
  },
  {
    id: 'elderCare',
    name: '助老助残',
    teamKinds: ['elderCare'],
    handlingMode: 'homeVisit',
    sensitive: true,
  },
  {
    id: 'education',
    name: '教育辅导',
    teamKinds: ['teaching'],
    handlingMode: 'difficult',
    sensitive: false,
  },
  {
    id: 'culture',
    name: '文体活动',
    teamKinds: ['cultureSports'],
    handlingMode: 'difficult',
    sensitive: false,
  },
  { id: 'roads', name: '道路交通', teamKinds: [], handlingMode: 'departmental', sensitive: false },
  { id: 'other', name: '其他', teamKinds: [], handlingMode: 'sameDay', sensitive: false },
]

export const categoryById = (id: RequestCategoryId): RequestCategory => {
  const found = REQUEST_CATEGORIES.find((c) => c.id === id)
  if (!found) throw new Error(`unknown request category ${id}`)
  return found
}
