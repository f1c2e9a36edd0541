// Choose photos (up to 9, or as many as the form takes) with previews; each shows uploading, done or failed, and can be removed.
import { Image, Text, View } from '@tarojs/components'
import { PHOTOS_MAX } from '@linli/types'
import type { PhotoItem } from '../hooks/use-photo-uploads'
import './photo-picker.css'

interface PhotoPickerProps {
  items: readonly PhotoItem[]
  error: string | null
  onAdd: () => void
  onRemove: (key: string) => void
  /** How many the form takes (9 by default); the label names it. */
  max?: number
  label?: string
}

export function PhotoPicker(props: PhotoPickerProps) {
  const { items, error, onAdd, onRemove, max = PHOTOS_MAX, label } = props
  return (
    <View className="photo-picker" data-testid="photo-picker">
      <Text className="field__label">{label ?? `照片（最多 ${max} 张）`}</Text>
      <View className="photo-picker__grid">
        {items.map((item) => (
          <View key={item.key} className="photo-picker__item" data-testid="picked-photo">
            <Image className="photo-picker__image" src={item.preview} mode="aspectFill" />
            <Text
              className="photo-picker__state"
              data-testid="picked-photo-state"
              data-state={item.fileId ? 'done' : item.failed ? 'failed' : 'uploading'}
            >
              {item.fileId ? '已上传' : item.failed ? '上传失败' : '上传中…'}
            </Text>
            <View
              className="photo-picker__remove"
              ariaRole="button"
              aria-label="删除这张照片"
              onClick={() => onRemove(item.key)}
            >
              <Text>×</Text>
            </View>
          </View>
        ))}
        {items.length < max ? (
          <View
            className="photo-picker__add"
            data-testid="add-photo"
            ariaRole="button"
            onClick={onAdd}
          >
            <Text>＋ 添加照片</Text>
          </View>
        ) : null}
      </View>
      {error ? (
        <Text className="field__error" data-testid="photo-error">
          {error}
        </Text>
      ) : null}
    </View>
  )
}
