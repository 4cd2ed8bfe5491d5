/**
 * Server-sent events over `fetch`, because the platform authenticates with a bearer header that `EventSource` cannot
 * send. The parser follows the WHATWG event-stream format (fields `event`, `data`, `id`; comments; blank line ends
 * an event) and is pure, so it is unit-tested; `openEventStream` reconnects after a drop with a growing delay.
 */
export interface StreamEvent {
  event: string
  data: string
  id: string | null
}

/** Feeds text chunks in, gets whole events out; keeps the unfinished tail between chunks. */
export class EventStreamParser {
  private buffer = ''
  private event = ''
  private data: string[] = []
  private id: string | null = null
  lastEventId: string | null = null

  push(chunk: string): StreamEvent[] {
    this.buffer += chunk
    const out: StreamEvent[] = []
    let newline: number
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline)
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1
      // a lone \r at the very end may be the first half of \r\n: wait for more
      if (width === 1 && this.buffer[newline] === '\r' && newline === this.buffer.length - 1) break
      this.buffer = this.buffer.slice(newline + width)
      const done = this.line(line)
      if (done) out.push(done)
    }
    return out
  }

  private line(line: string): StreamEvent | null {
    if (line === '') {
      if (!this.data.length) {
        this.event = ''
        return null
      }
      const done: StreamEvent = { event: this.event || 'message', data: this.data.join('\n'), id: this.id }
      this.event = ''
      this.data = []
      return done
    }
    if (line.startsWith(':')) return null
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    let value = colon < 0 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') this.event = value
    else if (field === 'data') this.data.push(value)
    else if (field === 'id') {
      this.id = value
      this.lastEventId = value
    }
    return null
  }
}

export interface StreamHandlers {
  onEvent(event: StreamEvent): void
  /** Connected (again). */
  onOpen?(): void
  /** Dropped; `retryIn` ms until the next attempt. */
  onDrop?(error: unknown, retryIn: number): void
}

export interface StreamOptions {
  token: () => string | null
  /** Delays between reconnects (ms), the last one repeated. */
  backoff?: number[]
  fetchImpl?: typeof fetch
}

/** Opens `path` as an event stream and keeps it open until the returned function is called. */
export function openEventStream(path: string, handlers: StreamHandlers, options: StreamOptions): () => void {
  const aborter = new AbortController()
  const backoff = options.backoff ?? [1000, 2000, 5000, 10000]
  const fetchImpl = options.fetchImpl ?? ((...a: Parameters<typeof fetch>) => fetch(...a))
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  async function connect() {
    const parser = new EventStreamParser()
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream' }
      const token = options.token()
      if (token) headers.Authorization = `Bearer ${token}`
      const response = await fetchImpl(path, { headers, signal: aborter.signal, cache: 'no-store' })
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`)
      attempt = 0
      handlers.onOpen?.()
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        for (const event of parser.push(value)) handlers.onEvent(event)
      }
      throw new Error('stream ended')
    } catch (error) {
      if (aborter.signal.aborted) return
      const delay = backoff[Math.min(attempt, backoff.length - 1)]
      attempt++
      handlers.onDrop?.(error, delay)
      timer = setTimeout(() => void connect(), delay)
    }
  }

  void connect()
  return () => {
    clearTimeout(timer)
    aborter.abort()
  }
}
