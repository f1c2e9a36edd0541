// 我要反映: the report form.
import { View } from '@tarojs/components'
import { ReportForm } from '@/features/requests/components/report/report-form'

export default function ReportPage() {
  return (
    <View className="page page--report">
      <ReportForm />
    </View>
  )
}
