import { createHttpClient, type HttpClientHooks } from './http'

let hooks: HttpClientHooks = { token: () => null, unauthorized: () => {} }

/** Connects the shared client to the session (token source and what to do when it ends). */
export function bindSession(sessionHooks: HttpClientHooks): void {
  hooks = sessionHooks
}

/** The client every module uses to call the platform. */
export const api = createHttpClient({
  token: () => hooks.token(),
  unauthorized: () => hooks.unauthorized(),
})
