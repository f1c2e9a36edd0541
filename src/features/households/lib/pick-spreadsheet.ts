// Picks a CSV or XLSX file: in H5 an <input type=file>, in the mini-program a file from a chat
// (Taro.chooseMessageFile). Answers the format and the content the import takes (text or base64).
import Taro from '@tarojs/taro'

export interface PickedFile {
  name: string
  format: 'csv' | 'xlsx'
  content: string
}

const formatOf = (name: string): 'csv' | 'xlsx' | null => {
  const lower = name.toLowerCase()
  if (lower.endsWith('.csv')) return 'csv'
  if (lower.endsWith('.xlsx')) return 'xlsx'
  return null
}

const base64Of = (bytes: ArrayBuffer): string => {
  let binary = ''
  const view = new Uint8Array(bytes)
  for (let i = 0; i < view.length; i += 0x8000) {
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

const pickInBrowser = (): Promise<File | null> =>
  new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,.xlsx'
    input.onchange = () => resolve(input.files?.[0] ?? null)
    input.click()
  })

const pickH5 = async (): Promise<PickedFile | null> => {
  const file = await pickInBrowser()
  if (!file) return null
  const format = formatOf(file.name)
  if (!format) throw new Error('请选择 .csv 或 .xlsx 文件')
  const content = format === 'csv' ? await file.text() : base64Of(await file.arrayBuffer())
  return { name: file.name, format, content }
}

const pickWeapp = async (): Promise<PickedFile | null> => {
  const picked = await Taro.chooseMessageFile({
    count: 1,
    type: 'file',
    extension: ['csv', 'xlsx'],
  })
  const file = picked.tempFiles[0]
  if (!file) return null
  const format = formatOf(file.name)
  if (!format) throw new Error('请选择 .csv 或 .xlsx 文件')
  const read = Taro.getFileSystemManager().readFileSync(
    file.path,
    format === 'csv' ? 'utf8' : 'base64',
  )
  return { name: file.name, format, content: String(read) }
}

export const pickSpreadsheet = (): Promise<PickedFile | null> =>
  process.env.TARO_ENV === 'h5' ? pickH5() : pickWeapp()
