// 亮身份 and 亮承诺: a member's card (with 党员标兵岗) and their pledges, overdue ones marked.
import { Image, Text, View } from '@tarojs/components'
import type { MemberCard, PledgeView } from '@linli/types'
import type { ReactNode } from 'react'
import { BADGE_LABELS } from '@/shared/lib/badge-labels'
import { MEMBER_KIND_LABELS, PLEDGE_STATUS_LABELS, TEAM_KIND_LABELS } from '../lib/labels'
import './members.css'

export function MemberBadges({ card }: { card: Pick<MemberCard, 'badges'> }) {
  return (
    <>
      {card.badges.map((b) => (
        <Text key={b} className="member-badge" data-testid="member-badge">
          {BADGE_LABELS[b]}
        </Text>
      ))}
    </>
  )
}

export function MemberCardView({ card, onOpen }: { card: MemberCard; onOpen?: () => void }) {
  return (
    <View className="member-card" data-testid={`member-card-${card.id}`} onClick={onOpen}>
      <View className="member-card__head">
        {card.photo ? (
          <Image
            className="member-card__photo"
            data-testid="member-photo"
            src={card.photo}
            mode="aspectFill"
          />
        ) : null}
        <Text className="member-card__name" data-testid="member-name">
          {card.name}
        </Text>
        <MemberBadges card={card} />
      </View>
      <Text className="member-card__line">
        {MEMBER_KIND_LABELS[card.kind]} · {card.partyOrgName}
      </Text>
      {card.unitName ? <Text className="member-card__line">单位：{card.unitName}</Text> : null}
      {card.post ? <Text className="member-card__line">定岗：{card.post.name}</Text> : null}
      {card.teams.length > 0 ? (
        <Text className="member-card__line">
          服务队：{card.teams.map((t) => t.name).join('、')}
        </Text>
      ) : null}
      {card.specialties.length > 0 ? (
        <Text className="member-card__line">
          特长：{card.specialties.map((s) => TEAM_KIND_LABELS[s]).join('、')}
        </Text>
      ) : null}
    </View>
  )
}

export function PledgeItem({ pledge, children }: { pledge: PledgeView; children?: ReactNode }) {
  const status = pledge.overdue ? '已逾期' : PLEDGE_STATUS_LABELS[pledge.status]
  return (
    <View className="pledge" data-testid="pledge" data-status={pledge.status}>
      <Text className="pledge__text" data-testid="pledge-text">
        {pledge.text}
      </Text>
      <Text className={`pledge__meta ${pledge.overdue ? 'pledge__meta--overdue' : ''}`}>
        {status} · 完成日期 {pledge.dueDate}
      </Text>
      {pledge.progress.map((p) => (
        <Text key={p.at} className="pledge__meta">
          进展：{p.text}
        </Text>
      ))}
      {pledge.outcomeReason ? (
        <Text className="pledge__meta">说明：{pledge.outcomeReason}</Text>
      ) : null}
      {children}
    </View>
  )
}
