import type { ProblemDetail } from './types'
import { locale } from '../i18n'

/** An HTTP error answered by the platform, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetail

  constructor(status: number, problem: ProblemDetail) {
    super(problemMessage(status, problem))
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }
}

/** The most useful human-readable text of a problem: detail, then field errors, then title. */
export function problemMessage(status: number, problem: ProblemDetail): string {
  if (problem.detail) return inLanguage(problem.detail, locale.value === 'en')
  if (problem.errors?.length) return problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ')
  if (problem.title) return problem.title
  return `HTTP ${status}`
}

/**
 * Some server texts come in both languages, "中文。English." (login, password policy): a Chinese page shows the
 * Chinese half, an English page the English half; any other text is shown as it is.
 */
export function inLanguage(text: string, english: boolean): string {
  const both = /^([\s\S]*[\u4e00-\u9fff][\s\S]*。)\s*([A-Za-z][^\u4e00-\u9fff]*)$/.exec(text)
  if (!both) return text
  return english ? both[2].trim() : both[1].trim()
}

/** Reads an error response body as a problem detail, tolerating non-JSON bodies (proxies, HTML pages). */
export async function readProblem(response: Response): Promise<ProblemDetail> {
  const text = await response.text().catch(() => '')
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text)
      if (parsed && typeof parsed === 'object') {
        return { status: response.status, ...(parsed as ProblemDetail) }
      }
    } catch {
      // Not JSON: fall through to a problem built from the status line.
    }
  }
  return { status: response.status, title: response.statusText || undefined }
}

export type QueryValue = string | number | boolean | null | undefined

export interface RequestOptions {
  query?: Record<string, QueryValue>
  body?: unknown
  /**
   * Whether a 401 answer means "the session is over" (the default). The login call itself answers 401
   * for a wrong password, which must be shown to the user instead of redirecting.
   */
  sessionBound?: boolean
  signal?: AbortSignal
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>
  /** How to read a successful answer: JSON (the default) or the raw bytes. */
  responseType?: 'json' | 'blob'
}

export interface HttpClientHooks {
  token(): string | null
  /** Called once per 401 answer to a session-bound call, before the returned promise rejects. */
  unauthorized(): void
}

export interface HttpClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>
  get<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T>
  /** `body` is sent as JSON, or as multipart when it is a `FormData`. */
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>
  /** The bytes at `path` (images), with the bearer token that an `<img src>` cannot send. */
  blob(path: string, signal?: AbortSignal): Promise<Blob>
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path
}

export function createHttpClient(hooks: HttpClientHooks, fetchImpl: typeof fetch = (...a) => fetch(...a)): HttpClient {
  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      Accept: options.responseType === 'blob' ? '*/*' : 'application/json, application/problem+json',
      ...options.headers,
    }
    const token = hooks.token()
    if (token) headers.Authorization = `Bearer ${token}`
    let body: BodyInit | undefined
    if (options.body instanceof FormData) {
      // the browser writes the multipart Content-Type with its boundary
      body = options.body
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    const response = await fetchImpl(buildUrl(path, options.query), {
      method,
      headers,
      body,
      signal: options.signal,
    })
    if (!response.ok) {
      const problem = await readProblem(response)
      if (response.status === 401 && options.sessionBound !== false) hooks.unauthorized()
      throw new ApiError(response.status, problem)
    }
    if (response.status === 204) return undefined as T
    if (options.responseType === 'blob') return (await response.blob()) as T
    const text = await response.text()
    return (text ? JSON.parse(text) : undefined) as T
  }

  return {
    request,
    get: (path, query, signal) => request('GET', path, { query, signal }),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    blob: (path, signal) => request<Blob>('GET', path, { signal, responseType: 'blob' }),
  }
}
