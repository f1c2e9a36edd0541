// 1–5 stars: a big tappable input for the resident's rating, and a read-only row for the detail.
import { Text, View } from '@tarojs/components'
import './star-rating.css'

const STARS = [1, 2, 3, 4, 5] as const
const WORDS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'] as const

export function StarInput({
  value,
  onChange,
}: {
  value: number
  onChange: (stars: number) => void
}) {
  return (
    <View className="stars stars--input" data-testid="star-input" data-value={value}>
      <View className="stars__row" ariaRole="radiogroup">
        {STARS.map((n) => (
          <View
            key={n}
            className={`stars__star ${n <= value ? 'stars__star--on' : ''}`}
            data-testid={`star-${n}`}
            ariaRole="radio"
            aria-checked={n === value ? 'true' : 'false'}
            aria-label={`${n} 星`}
            onClick={() => onChange(n)}
          >
            <Text>{n <= value ? '★' : '☆'}</Text>
          </View>
        ))}
      </View>
      <Text className="stars__words">
        {value > 0 ? `${value} 星 · ${WORDS[value]}` : '请点星星打分'}
      </Text>
    </View>
  )
}

export function StarDisplay({ stars }: { stars: number }) {
  return (
    <Text className="stars stars--display" data-testid="rating-stars" aria-label={`${stars} 星`}>
      {`${'★'.repeat(stars)}${'☆'.repeat(Math.max(0, 5 - stars))} ${stars} 星`}
    </Text>
  )
}
