import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { IdempotentSubmission, outcomeKnown, randomKey, stableJson } from '@/kit/idempotency'

function keys() {
  let n = 0
  return () => `key-${++n}`
}

describe('idempotency key of a dialog submission', () => {
  it('keeps the key when the same submission is retried after a lost answer', () => {
    const submission = new IdempotentSubmission(keys())
    const first = submission.keyFor({ outcome: 'CONFIRMED', note: 'x' })
    submission.settled(new TypeError('Failed to fetch'))
    expect(submission.keyFor({ note: 'x', outcome: 'CONFIRMED' })).toBe(first)
    submission.settled(new ApiError(503, { status: 503 }))
    expect(submission.keyFor({ outcome: 'CONFIRMED', note: 'x' })).toBe(first)
  })

  it('takes a new key after the platform answered, even with a refusal', () => {
    const submission = new IdempotentSubmission(keys())
    expect(submission.keyFor({ a: 1 })).toBe('key-1')
    submission.settled(new ApiError(409, { status: 409, detail: 'lost race' }))
    expect(submission.keyFor({ a: 1 })).toBe('key-2')
    submission.settled()
    expect(submission.pendingKey).toBeNull()
    expect(submission.keyFor({ a: 1 })).toBe('key-3')
  })

  it('takes a new key when the form changed, so the old answer is not replayed', () => {
    const submission = new IdempotentSubmission(keys())
    submission.keyFor({ note: 'a' })
    submission.settled(new TypeError('offline'))
    expect(submission.keyFor({ note: 'b' })).toBe('key-2')
  })

  it('forgets the key when the dialog closes', () => {
    const submission = new IdempotentSubmission(keys())
    submission.keyFor({})
    submission.reset()
    expect(submission.keyFor({})).toBe('key-2')
  })

  it('treats 4xx answers as known outcomes, but not timeouts and rate limits', () => {
    expect(outcomeKnown(new ApiError(403, {}))).toBe(true)
    expect(outcomeKnown(new ApiError(400, {}))).toBe(true)
    expect(outcomeKnown(new ApiError(408, {}))).toBe(false)
    expect(outcomeKnown(new ApiError(429, {}))).toBe(false)
    expect(outcomeKnown(new ApiError(502, {}))).toBe(false)
    expect(outcomeKnown(new Error('aborted'))).toBe(false)
  })

  it('makes version-4 UUIDs and serialises forms independently of key order', () => {
    expect(randomKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(stableJson({ b: 1, a: { d: 2, c: [3] } })).toBe('{"a":{"c":[3],"d":2},"b":1}')
  })
})
