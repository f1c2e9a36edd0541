// Under a member's card: the member changes their own photo; staff award or withdraw 党员标兵岗.
import { Text, View } from '@tarojs/components'
import type { MemberCard } from '@linli/types'
import { ActionButton } from '@/shared/components/action-button'
import { PhotoPicker } from '@/shared/components/photo-picker'
import { Section } from '@/shared/components/section'
import { usePhotoUploads } from '@/shared/hooks/use-photo-uploads'
import { awardBadge, setMyPhoto } from '../api/members-api'
import { useSubmit } from './use-submit'

interface ToolProps {
  card: MemberCard
  onChanged: (card: MemberCard) => void
}

/** The member's own card: one photo, uploaded into their folder, then set on the card. */
export function MyPhotoTool({ card, onChanged }: ToolProps) {
  const photos = usePhotoUploads(`members/${card.id}`, 1)
  const form = useSubmit()
  const fileId = photos.fileIds[0]
  const send = async (photo: string | null) => {
    const done = photo ? '照片已更新' : '照片已移除'
    const ok = await form.submit(() => setMyPhoto(photo).then(onChanged), done)
    // The picked photo is on the card now: the picker is free for another.
    const picked = photos.items[0]
    if (ok && photo && picked) photos.remove(picked.key)
  }
  return (
    <Section title="我的名片照片" testId="my-photo">
      <PhotoPicker
        items={photos.items}
        error={photos.error}
        max={1}
        label="选一张清晰的正面照片"
        onAdd={() => void photos.add()}
        onRemove={photos.remove}
      />
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <View className="csv-export">
        <ActionButton
          testId="photo-save"
          loading={form.busy}
          disabled={!fileId || photos.uploading}
          onClick={() => void (fileId && send(fileId))}
        >
          {photos.uploading ? '照片上传中…' : '用作名片照片'}
        </ActionButton>
        {card.photo ? (
          <ActionButton variant="secondary" testId="photo-remove" onClick={() => void send(null)}>
            移除照片
          </ActionButton>
        ) : null}
      </View>
    </Section>
  )
}

/** Staff: 党员标兵岗 on or off; the card and the member's requests show it at once. */
export function BadgeTool({ card, onChanged }: ToolProps) {
  const form = useSubmit()
  const has = card.badges.includes('pioneerPost')
  const toggle = async () => {
    await form.submit(() => awardBadge(card.id, !has).then(onChanged), has ? '已撤销' : '已授予')
  }
  return (
    <Section title="党员标兵岗" testId="badge-tool">
      <Text className="member-card__line">
        {has ? '已授予党员标兵岗，居民在名片和他办理的诉求上都能看到。' : '尚未授予党员标兵岗。'}
      </Text>
      {form.error ? <Text className="field__error">{form.error}</Text> : null}
      <ActionButton
        testId="badge-toggle"
        variant={has ? 'secondary' : 'primary'}
        loading={form.busy}
        onClick={() => void toggle()}
      >
        {has ? '撤销党员标兵岗' : '授予党员标兵岗'}
      </ActionButton>
    </Section>
  )
}
