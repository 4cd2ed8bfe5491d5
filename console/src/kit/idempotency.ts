import { ApiError } from '@/api/http'

/**
 * The `Idempotency-Key` of one dialog submission. The platform answers a repeated key on the same order with its
 * first answer, so a retry after a lost answer (network failure, timeout, 5xx) must carry the same key — else a
 * double click or a flaky connection would accept, verify or submit twice. Once the platform has answered
 * definitely (success or a 4xx refusal) the next submission gets a new key, and so does a changed form: the same
 * key with a different body would replay the old answer instead of doing what the user now asks.
 */
export class IdempotentSubmission {
  private key: string | null = null
  private payload: string | null = null

  constructor(private readonly newKey: () => string = randomKey) {}

  /** The key to send with this payload: the pending one when the same payload is retried, else a new one. */
  keyFor(payload: unknown): string {
    const serialised = stableJson(payload)
    if (this.key === null || this.payload !== serialised) {
      this.key = this.newKey()
      this.payload = serialised
    }
    return this.key
  }

  /** Records how the attempt ended; keeps the key only when the outcome is unknown. */
  settled(error?: unknown): void {
    if (error === undefined || outcomeKnown(error)) {
      this.key = null
      this.payload = null
    }
  }

  /** Starts afresh (the dialog was closed). */
  reset(): void {
    this.key = null
    this.payload = null
  }

  get pendingKey(): string | null {
    return this.key
  }
}

/** Whether the platform definitely answered (and so did or refused the move): a 4xx other than 408 and 429. */
export function outcomeKnown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false // network failure, abort: the request may have landed
  return error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429
}

export function randomKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  // crypto.randomUUID needs a secure context; plain-HTTP intranet deployments fall back to getRandomValues
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** JSON with object keys sorted, so that two equal forms serialise alike whatever the order fields were set in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}
