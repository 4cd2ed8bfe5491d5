import { describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, createHttpClient, inLanguage, problemMessage, readProblem } from './http'

function respond(status: number, body?: unknown, contentType = 'application/json') {
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  })
}

function client(answer: Response, token: string | null = 'tok-1') {
  const unauthorized = vi.fn()
  const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(answer)
  return { http: createHttpClient({ token: () => token, unauthorized }, fetchImpl), fetchImpl, unauthorized }
}

describe('http client', () => {
  it('sends the bearer token and parses JSON', async () => {
    const { http, fetchImpl } = client(respond(200, [{ code: '440304' }]))
    await expect(http.get('/api/regions', { parent: '440300' })).resolves.toEqual([{ code: '440304' }])
    const [url, init] = fetchImpl.mock.calls[0]
    expect(url).toBe('/api/regions?parent=440300')
    expect((init!.headers as Record<string, string>).Authorization).toBe('Bearer tok-1')
  })

  it('sends no Authorization header without a token', async () => {
    const { http, fetchImpl } = client(respond(200, {}), null)
    await http.get('/api/public/console-config')
    expect((fetchImpl.mock.calls[0][1]!.headers as Record<string, string>).Authorization).toBeUndefined()
  })

  it('ends the session on 401 and rejects with the problem detail', async () => {
    const { http, unauthorized } = client(
      respond(401, { title: 'Unauthorized', status: 401, detail: 'Token expired' }, 'application/problem+json'),
    )
    const error = await http.get('/api/auth/me').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(401)
    expect((error as ApiError).message).toBe('Token expired')
    expect(unauthorized).toHaveBeenCalledOnce()
  })

  it('does not end the session when the login itself answers 401 (wrong password)', async () => {
    const { http, unauthorized } = client(
      respond(401, { status: 401, detail: '用户名或密码错误，还可尝试 4 次' }, 'application/problem+json'),
    )
    const error = (await http
      .post('/api/auth/login', { username: 'a', password: 'b' }, { sessionBound: false })
      .catch((e: unknown) => e)) as ApiError
    expect(error.message).toBe('用户名或密码错误，还可尝试 4 次')
    expect(unauthorized).not.toHaveBeenCalled()
  })

  it('keeps the problem of a locked account (423) for display', async () => {
    const { http, unauthorized } = client(
      respond(423, { type: 'about:blank', title: 'Locked', status: 423, detail: '账户已锁定至 2026-11-23T16:30:00Z' }),
    )
    const error = (await http.post('/api/auth/login', {}, { sessionBound: false }).catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(423)
    expect(error.problem.title).toBe('Locked')
    expect(error.message).toContain('锁定')
    expect(unauthorized).not.toHaveBeenCalled()
  })

  it('posts JSON bodies and accepts 204 without a body', async () => {
    const { http, fetchImpl } = client(new Response(null, { status: 204 }))
    await expect(http.post('/api/auth/logout')).resolves.toBeUndefined()
    expect(fetchImpl.mock.calls[0][1]!.method).toBe('POST')
    const withBody = client(respond(200, { ok: true }))
    await withBody.http.post('/x', { a: 1 })
    expect(withBody.fetchImpl.mock.calls[0][1]!.body).toBe('{"a":1}')
  })
})

describe('http client: headers, multipart and bytes', () => {
  it('sends extra headers such as an idempotency key', async () => {
    const { http, fetchImpl } = client(respond(200, { ok: true }))
    await http.post('/api/disposal-orders/1/accept', {}, { headers: { 'Idempotency-Key': 'k-1' } })
    const headers = fetchImpl.mock.calls[0][1]!.headers as Record<string, string>
    expect(headers['Idempotency-Key']).toBe('k-1')
    expect(headers.Authorization).toBe('Bearer tok-1')
  })

  it('sends FormData as multipart, leaving the Content-Type (with its boundary) to the browser', async () => {
    const { http, fetchImpl } = client(respond(201, { id: 'p-1' }))
    const form = new FormData()
    form.append('photo', new Blob(['x'], { type: 'image/png' }), 'a.png')
    await expect(http.post('/api/disposal-orders/1/photos', form)).resolves.toEqual({ id: 'p-1' })
    const init = fetchImpl.mock.calls[0][1]!
    expect(init.body).toBe(form)
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined()
  })

  it('reads bytes with the bearer token', async () => {
    const { http, fetchImpl } = client(new Response(new Blob(['PNG']), { status: 200, headers: { 'Content-Type': 'image/png' } }))
    const blob = await http.blob('/api/hazard-photos/p-1')
    expect(await blob.text()).toBe('PNG')
    expect((fetchImpl.mock.calls[0][1]!.headers as Record<string, string>).Authorization).toBe('Bearer tok-1')
  })
})

describe('problem details', () => {
  it('prefers detail, then field errors, then title, then the status', () => {
    expect(problemMessage(400, { detail: 'd', title: 't' })).toBe('d')
    expect(problemMessage(400, { title: 't', errors: [{ field: 'name', message: 'must not be blank' }] })).toBe(
      'name: must not be blank',
    )
    expect(problemMessage(403, { title: 'Forbidden' })).toBe('Forbidden')
    expect(problemMessage(502, {})).toBe('HTTP 502')
  })

  it('tolerates non-JSON error bodies such as a proxy page', async () => {
    const problem = await readProblem(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    expect(problem).toEqual({ status: 502, title: 'Bad Gateway' })
  })

  it('builds query strings without empty parameters', () => {
    expect(buildUrl('/api/organisation/people', { page: 0, size: 20, q: '', role: undefined })).toBe(
      '/api/organisation/people?page=0&size=20',
    )
    expect(buildUrl('/p', { q: '张 三' })).toBe('/p?q=%E5%BC%A0+%E4%B8%89')
  })
})

describe('two-language server texts', () => {
  const text = '登录失败次数过多,请 15 分钟后再试;已登录的会话不受影响。Too many failed logins; try again in 15 minutes. Sessions already open are not affected.'

  it('shows a Chinese page only the Chinese half', () => {
    expect(inLanguage(text, false)).toBe('登录失败次数过多,请 15 分钟后再试;已登录的会话不受影响。')
  })

  it('shows an English page only the English half', () => {
    expect(inLanguage(text, true)).toBe('Too many failed logins; try again in 15 minutes. Sessions already open are not affected.')
  })

  it('leaves one-language texts as they are', () => {
    expect(inLanguage("'username' contains the control character U+0000.", false)).toBe("'username' contains the control character U+0000.")
    expect(inLanguage('该预案版本已发布。', true)).toBe('该预案版本已发布。')
  })
})
