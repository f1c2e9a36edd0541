// The part of autocannon 9's API the bench uses (the package ships no types).
declare module 'autocannon' {
  interface Request {
    method?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (req: Request) => Request
    onResponse?: (status: number, body: string) => void
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    requests?: Request[]
  }
  interface Result {
    requests: { average: number; total: number }
    latency: { p50: number; p99: number }
    non2xx: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
