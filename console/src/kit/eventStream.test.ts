import { describe, expect, it, vi } from 'vitest'
import { EventStreamParser, openEventStream } from '@/kit/eventStream'

describe('EventStreamParser', () => {
  it('reads named events with ids and JSON data, ignoring comments', () => {
    const parser = new EventStreamParser()
    const events = parser.push(':connected\n\nevent: notification\nid: n1\ndata: {"a":1}\n\n')
    expect(events).toEqual([{ event: 'notification', data: '{"a":1}', id: 'n1' }])
    expect(parser.lastEventId).toBe('n1')
  })

  it('joins events split across chunks and CRLF line ends', () => {
    const parser = new EventStreamParser()
    expect(parser.push('event: delivery\r\nda')).toEqual([])
    expect(parser.push('ta: {"sent":3}\r')).toEqual([])
    expect(parser.push('\n\r\n')).toEqual([{ event: 'delivery', data: '{"sent":3}', id: null }])
  })

  it('joins multi-line data with newlines and defaults the name to message', () => {
    const parser = new EventStreamParser()
    expect(parser.push('data: one\ndata:two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo', id: null }])
  })

  it('drops an event name that came without data', () => {
    const parser = new EventStreamParser()
    expect(parser.push('event: ping\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x', id: null }])
  })
})

describe('openEventStream', () => {
  it('sends the bearer token and hands each event over', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('event: notification\ndata: {"id":"x"}\n\n'))
      },
    })
    const fetchImpl = vi.fn().mockResolvedValue(new Response(body, { status: 200 }))
    const events: string[] = []
    const close = openEventStream('/api/me/notifications/stream', { onEvent: (e) => events.push(e.data) }, { token: () => 'tok', fetchImpl })
    await vi.waitFor(() => expect(events).toEqual(['{"id":"x"}']))
    expect(fetchImpl.mock.calls[0][1].headers.Authorization).toBe('Bearer tok')
    close()
  })

  it('reconnects after a refused connection', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response('', { status: 503 }))
    const drops: number[] = []
    const close = openEventStream('/s', { onEvent: () => {}, onDrop: (_e, wait) => drops.push(wait) }, { token: () => null, fetchImpl, backoff: [1, 1] })
    await vi.waitFor(() => expect(fetchImpl.mock.calls.length).toBeGreaterThanOrEqual(2))
    close()
    expect(drops[0]).toBe(1)
  })
})
