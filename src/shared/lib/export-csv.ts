// CSV tables out of the app: a download in the H5 build; in the mini-program a file in the user
// folder that the next tap sends to a chat (shareFileMessage), since WeChat saves no files to disk.
import Taro from '@tarojs/taro'

/** The H5 build: the browser downloads the text as a file (the server's CSV starts with a BOM). */
const downloadH5 = (fileName: string, csv: string): void => {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}

/** The mini-program: written under USER_DATA_PATH with an ASCII name; shared under `fileName`. */
const writeWeapp = (csv: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const filePath = `${Taro.env.USER_DATA_PATH}/linli-${Date.now().toString(36)}.csv`
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: csv,
      encoding: 'utf8',
      success: () => resolve(filePath),
      fail: (failure) => reject(new Error(failure.errMsg)),
    })
  })

export type SavedCsv = { kind: 'downloaded' } | { kind: 'file'; filePath: string }

/** Downloads (H5) or writes (mini-program) the table; what became of it. */
export const saveCsv = async (fileName: string, csv: string): Promise<SavedCsv> => {
  if (process.env.TARO_ENV === 'h5') {
    downloadH5(fileName, csv)
    return { kind: 'downloaded' }
  }
  return { kind: 'file', filePath: await writeWeapp(csv) }
}

/** WeChat allows this only inside a tap: the button that calls it is shown once the file exists. */
export const shareCsvFile = (filePath: string, fileName: string) =>
  Taro.shareFileMessage({ filePath, fileName })
