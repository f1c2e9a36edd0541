// What a subscribe message says, per template (the fields of the templates chosen in the
// mini-program console: their ids are configuration, their shape is this file).
import { categoryById, chinaClock, type NoticeDoc, type RequestDoc } from '@linli/types'
import type { Recipient } from '../../domain/notice-targeting'
import { templateData } from '../../domain/template-fields'
import type { NewDelivery } from '../../data/delivery.repository'

const timeOf = (at: Date): string => chinaClock(at).format('YYYY-MM-DD HH:mm')

export const NOTICE_PAGE = 'packages/notices/detail/index'
export const REQUEST_PAGE = 'packages/requests/detail/index'

/** 新通知: title, sender, time, a hint (urgent ones say so). */
export const noticeDelivery = (
  notice: NoticeDoc,
  recipient: Recipient,
  publishedAt: Date,
): NewDelivery => ({
  _id: `notice:${notice._id}:${recipient.personId}`,
  noticeId: notice._id,
  communityId: notice.communityId,
  personId: recipient.personId,
  openid: recipient.openid,
  template: 'notice',
  page: `${NOTICE_PAGE}?id=${notice._id}&via=subscribe`,
  data: templateData({
    thing1: notice.title,
    thing2: notice.authorName,
    time3: timeOf(publishedAt),
    thing4: notice.urgency === 'urgent' ? '紧急通知，请尽快查看' : '点击查看通知全文',
  }),
})

/** What each lifecycle action tells the people of a request, in two to four characters. */
const STATUS_PHRASE: Record<string, string> = {
  accept: '已受理',
  claim: '已认领',
  assign: '已指派',
  transfer: '已转办',
  reject: '未受理',
  start: '办理中',
  progress: '有进展',
  resolve: '已办结',
  confirm: '已评价',
  reopen: '已重办',
  cancel: '已撤销',
  escalate: '已超时',
  autoClose: '已关闭',
  recordFollowUp: '已回访',
  reportBack: '已反馈',
}

export interface RequestMessage {
  key: string
  recipient: { personId: string; openid: string }
  template: 'requestStatus' | 'newTask'
}

/** 诉求进度 (requestStatus) or 新任务 (newTask): the category, what happened, when. */
export const requestDelivery = (
  request: RequestDoc,
  action: string,
  message: RequestMessage,
  at: Date,
): NewDelivery => ({
  _id: message.key,
  communityId: request.communityId,
  personId: message.recipient.personId,
  openid: message.recipient.openid,
  template: message.template,
  page: `${REQUEST_PAGE}?id=${request._id}`,
  data: templateData(
    message.template === 'newTask'
      ? {
          thing1: categoryById(request.category).name,
          thing2: request.description,
          time3: timeOf(at),
        }
      : {
          thing1: categoryById(request.category).name,
          phrase2: STATUS_PHRASE[action] ?? '有更新',
          time3: timeOf(at),
          thing4: '点击查看办理详情',
        },
  ),
})
