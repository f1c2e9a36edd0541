// A request's or a timeline step's photos as thumbnails; a tap opens the platform's viewer.
import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Photo } from '@linli/types'
import './photo-grid.css'

export function PhotoGrid({ photos, testId }: { photos: readonly Photo[]; testId?: string }) {
  if (photos.length === 0) return null
  const urls = photos.map((p) => p.url)
  return (
    <View className="photo-grid" data-testid={testId}>
      {photos.map((photo) => (
        <Image
          key={photo.fileId}
          className="photo-grid__item"
          src={photo.url}
          mode="aspectFill"
          data-testid="photo"
          onClick={() => void Taro.previewImage({ current: photo.url, urls })}
        />
      ))}
    </View>
  )
}
