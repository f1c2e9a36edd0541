// Dates as a resident reads them: "11月26日 14:30", with the year only when it is not this year.
const pad = (n: number): string => String(n).padStart(2, '0')

export const formatDateTime = (iso: string, now: Date = new Date()): string => {
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return ''
  const day = `${at.getMonth() + 1}月${at.getDate()}日 ${pad(at.getHours())}:${pad(at.getMinutes())}`
  return at.getFullYear() === now.getFullYear() ? day : `${at.getFullYear()}年${day}`
}
