// 导出 CSV: fetches the table, downloads it (H5) or keeps it as a file to send to a chat
// (mini-program, with copying as the fallback where sending files is not supported).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { saveCsv, shareCsvFile } from '@/shared/lib/export-csv'

interface CsvExportProps {
  /** The name the file gets, e.g. `党员积分-2026.csv`. */
  fileName: string
  load: () => Promise<string | null>
  testId: string
}

export function CsvExport({ fileName, load, testId }: CsvExportProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [file, setFile] = useState<{ path: string; csv: string } | null>(null)
  const start = async () => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const csv = await load()
      if (!csv) throw new Error('no table')
      const saved = await saveCsv(fileName, csv)
      if (saved.kind === 'file') setFile({ path: saved.filePath, csv })
      else void Taro.showToast({ title: '已下载', icon: 'success' })
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }
  const share = async () => {
    if (!file) return
    try {
      await shareCsvFile(file.path, fileName)
    } catch {
      // An older WeChat cannot send files: the table goes to the clipboard, to paste into a mail.
      await Taro.setClipboardData({ data: file.csv })
    }
  }
  return (
    <View className="csv-export">
      <ActionButton variant="secondary" testId={testId} loading={busy} onClick={() => void start()}>
        导出 CSV 表格
      </ActionButton>
      {file ? (
        <ActionButton testId={`${testId}-share`} onClick={() => void share()}>
          发送到微信聊天
        </ActionButton>
      ) : null}
      {error ? (
        <Text className="field__error" data-testid={`${testId}-error`}>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
