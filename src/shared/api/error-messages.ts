// Error codes → what a resident reads: the one place the app turns codes into Chinese.
import { isApiError } from './api-error'

const MESSAGES: Record<string, string> = {
  'INPUT.INVALID': '填写的内容有误，请检查后再提交',
  'ACTION.UNKNOWN': '小程序版本过旧，请更新后再试',
  'AUTH.UNAUTHENTICATED': '请先登录后再操作',
  'AUTH.FORBIDDEN': '您没有权限查看或办理这项内容',
  NOT_FOUND: '没有找到这条内容，可能已撤销或您无权查看',
  'REQUEST.BUILDING_REQUIRED': '请选择问题所在的楼院',
  'REQUEST.ALREADY_TAKEN': '手慢了，这条诉求刚被其他党员认领',
  'REQUEST.INVALID_STATE': '这条诉求的状态刚刚变了，请刷新后再看',
  'REQUEST.ALREADY_RATED': '您已经评价过这条诉求了，谢谢',
  'RATE.LIMITED': '操作太频繁了，请稍后再试',
  'CONTENT.RISKY': '内容未通过安全检查，请修改后再提交',
  'NOTICE.INVALID_STATE': '这条通知的状态刚刚变了，请刷新后再看',
  'MODERATION.ALREADY_DECIDED': '这条内容刚刚已被其他工作人员审核，请刷新后再看',
  'MEMBER.ALREADY_REGISTERED': '您已是本社区党员，或报到申请正在审核中',
  'MEMBER.ALREADY_SETTLED': '这项内容刚刚已被处理，请刷新后再看',
  'EVALUATION.NOT_OPEN': '本轮评议不在进行中',
  'EVALUATION.ALREADY_RATED': '您已经评议过这位党员了，谢谢',
  'OFFERING.SLOT_FULL': '这一场已约满，请选择其他场次',
  'OFFERING.ALREADY_BOOKED': '您已预约过这一场了',
  'OFFERING.NOT_ELIGIBLE': '这项服务只面向特定居民，您暂不能预约',
  'OFFERING.CLOSED': '这一场已开始或已结束，不能再预约或取消',
  'ACTIVITY.FULL': '活动名额已满',
  'ACTIVITY.ALREADY_SIGNED_UP': '您已经报名了这个活动',
  'ACTIVITY.CLOSED': '现在不在报名或签到时间内',
  'ACTIVITY.NOT_SIGNED_UP': '请先报名活动再签到',
  'ACTIVITY.CODE_EXPIRED': '签到码已过期，请扫描现场最新的二维码',
  'ACTIVITY.CODE_INVALID': '签到码不正确，请重新扫描',
  'ACTIVITY.ALREADY_CHECKED_IN': '您已经签到过了',
  'ORG.NAME_TAKEN': '已有同名的记录，请换一个名称',
  'ORG.IN_USE': '这栋楼已有住户，不能改到其他网格',
  'ORG.NOT_MEMBER': '只有本社区的党员才能设岗',
  'RULES.STALE': '规则刚被其他工作人员修改过，请刷新后再改',
  'RULES.CATEGORY_DISABLED': '该类别暂不受理，请选择其他类别',
  'MEETINGS.REQUEST_UNKNOWN': '关联的诉求或网格不属于本社区，请检查后再提交',
  'MEETINGS.DECISION_TRANSITION': '这项决议不能改为该状态（已完成或已撤销的决议不能再改）',
  'MEETINGS.CHANGED': '议事记录刚刚有了更新，请刷新后再试',
  'ORG.IMPORT_INVALID': '文件中有不合格的行，请先修改后再导入（未导入任何数据）',
  'ORG.FILE_UNREADABLE': '无法读取这个文件，请选择 CSV 或 Excel（.xlsx）文件',
  'ORG.ALREADY_VERIFIED': '您已经是已认证的住户了',
  'ORG.HOUSEHOLD_NOT_FOUND': '没有找到这个房号，请核对楼栋和房号',
  'ORG.INVITE_INVALID': '邀请码不正确、已过期或已被使用',
  'ORG.JOIN_ALREADY_DECIDED': '这条申请已经处理过了',
  INTERNAL: '服务出了点问题，请稍后再试',
  'NETWORK.FAILED': '网络连接失败，请检查网络后重试',
  'NETWORK.TIMEOUT': '网络太慢，请求超时了，请重试',
  'FUNCTION.FAILED': '服务暂时不可用，请稍后再试',
  'FUNCTION.NOT_FOUND': '服务暂未开通，请稍后再试',
  'FUNCTION.TIMEOUT': '服务响应太慢，请稍后重试',
  'INPUT.TOO_LARGE': '内容太多了，请删减一些再提交',
  'UPLOAD.FAILED': '照片上传失败，请重新选择',
  'RESPONSE.INVALID': '服务返回的内容有误，请稍后再试',
}

export const FALLBACK_MESSAGE = '出了点问题，请稍后再试'

export const messageForCode = (code: string): string => MESSAGES[code] ?? FALLBACK_MESSAGE

const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text)

/** For INPUT.INVALID the schema's own Chinese message (when it has one) says exactly what to fix. */
export const errorMessage = (error: unknown): string => {
  if (!isApiError(error)) return FALLBACK_MESSAGE
  const issue = error.issues.find((i) => hasChinese(i.message))
  if (error.code === 'INPUT.INVALID' && issue) return issue.message
  return messageForCode(error.code)
}
