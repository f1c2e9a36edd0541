// 导入住户 (staff): pick a CSV or XLSX, see every bad row of the dry run, then import the clean file.
import { Text, View } from '@tarojs/components'
import type { ImportHouseholdsResult } from '@linli/types'
import { useState } from 'react'
import { errorMessage } from '@/shared/api/error-messages'
import { ActionButton } from '@/shared/components/action-button'
import { EmptyState } from '@/shared/components/page-state'
import { Section } from '@/shared/components/section'
import { importHouseholds } from '../api/households-api'
import { pickSpreadsheet, type PickedFile } from '../lib/pick-spreadsheet'
import './households.css'

/** What the file looks like: one row per resident; residents of one flat share 楼栋 and 房号. */
export const SAMPLE_CSV =
  '楼栋,房号,姓名,手机\n益民巷1号楼,2单元301,王秀英,13800001234\n益民巷1号楼,2单元301,李建国,'

type Stage =
  | { kind: 'idle' }
  | { kind: 'checking'; file: PickedFile }
  | { kind: 'checked' | 'importing'; file: PickedFile; result: ImportHouseholdsResult }
  | { kind: 'done'; result: ImportHouseholdsResult }

function Issues({ result }: { result: ImportHouseholdsResult }) {
  if (result.issues.length === 0) {
    return (
      <Text className="pledge__text" data-testid="import-clean">
        共 {result.rows} 行，{result.households} 户 {result.residents} 人，全部合格，可以导入。
      </Text>
    )
  }
  return (
    <View data-testid="import-issues">
      <Text className="field__error">
        有 {result.issues.length} 处问题，请在表格中改好后重新选择文件（现在不会导入任何数据）：
      </Text>
      <View className="import-table">
        <View className="import-table__row import-table__head">
          <Text>行号</Text>
          <Text>列</Text>
          <Text>原因</Text>
        </View>
        {result.issues.map((issue, i) => (
          <View key={i} className="import-table__row" data-testid="import-issue">
            <Text>{issue.row}</Text>
            <Text>{issue.column || '—'}</Text>
            <Text>{issue.reason}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

export function ImportScreen() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [error, setError] = useState<string | null>(null)
  const choose = async () => {
    setError(null)
    try {
      const file = await pickSpreadsheet()
      if (!file) return
      setStage({ kind: 'checking', file })
      const result = await importHouseholds({
        format: file.format,
        content: file.content,
        dryRun: true,
      })
      setStage({ kind: 'checked', file, result })
    } catch (failure) {
      setError(errorMessage(failure))
      setStage({ kind: 'idle' })
    }
  }
  const confirm = async (file: PickedFile, checked: ImportHouseholdsResult) => {
    setError(null)
    setStage({ kind: 'importing', file, result: checked })
    try {
      const result = await importHouseholds({
        format: file.format,
        content: file.content,
        dryRun: false,
      })
      setStage({ kind: 'done', result })
    } catch (failure) {
      setError(errorMessage(failure))
      setStage({ kind: 'idle' })
    }
  }
  const busy = stage.kind === 'checking' || stage.kind === 'importing'
  return (
    <View data-testid="import-screen">
      <Section title="选择文件">
        <Text className="field__hint">
          支持 CSV 或
          Excel（.xlsx），第一行为表头：楼栋、房号、姓名、手机（手机可不填）。每位居民一行，
          同一户的居民楼栋和房号相同。先检查，全部合格后才会导入。
        </Text>
        <Text className="import-sample">{SAMPLE_CSV}</Text>
        <ActionButton testId="import-pick" loading={busy} onClick={() => void choose()}>
          {stage.kind === 'checking' ? '正在检查…' : '选择文件并检查'}
        </ActionButton>
        {error ? (
          <Text className="field__error" data-testid="import-error">
            {error}
          </Text>
        ) : null}
      </Section>
      {stage.kind === 'idle' ? <EmptyState title="还没有选择文件" /> : null}
      {stage.kind === 'checked' || stage.kind === 'importing' ? (
        <Section title={`检查结果：${stage.file.name}`}>
          <Issues result={stage.result} />
          {stage.result.issues.length === 0 ? (
            <ActionButton
              testId="import-confirm"
              loading={stage.kind === 'importing'}
              onClick={() => void confirm(stage.file, stage.result)}
            >
              {stage.kind === 'importing' ? '正在导入…' : '确认导入'}
            </ActionButton>
          ) : null}
        </Section>
      ) : null}
      {stage.kind === 'done' ? (
        <Section title="导入完成">
          <Text className="pledge__text" data-testid="import-done">
            已导入 {stage.result.households} 户、{stage.result.residents} 位居民。
          </Text>
        </Section>
      ) : null}
    </View>
  )
}
