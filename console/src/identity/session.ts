import { computed, ref } from 'vue'
import { api, bindSession } from '@/api/client'
import type { LoginResponse, User } from '@/api/types'

/**
 * The signed-in user's session: the bearer token and the user it belongs to, kept in localStorage
 * so a reload does not sign the user out.
 */
const TOKEN_KEY = 'forewarn.token'
const USER_KEY = 'forewarn.user'

function read<T>(key: string, parse: (raw: string) => T): T | null {
  try {
    const raw = localStorage.getItem(key)
    return raw === null ? null : parse(raw)
  } catch {
    return null
  }
}

const token = ref<string | null>(read(TOKEN_KEY, (raw) => raw))
const user = ref<User | null>(read(USER_KEY, (raw) => JSON.parse(raw) as User))
/** Set when the platform ended the session (401), so the login page can say why. */
const expired = ref(false)

export const session = {
  token: computed(() => token.value),
  user: computed(() => user.value),
  signedIn: computed(() => token.value !== null),
  expired: computed(() => expired.value),
  isAdmin: computed(() => user.value?.roles.includes('ADMIN') ?? false),
}

function store(nextToken: string | null, nextUser: User | null): void {
  token.value = nextToken
  user.value = nextUser
  try {
    if (nextToken) localStorage.setItem(TOKEN_KEY, nextToken)
    else localStorage.removeItem(TOKEN_KEY)
    if (nextUser) localStorage.setItem(USER_KEY, JSON.stringify(nextUser))
    else localStorage.removeItem(USER_KEY)
  } catch {
    // Storage unavailable: the session lasts as long as the page.
  }
}

export async function signIn(username: string, password: string): Promise<User> {
  const answer = await api.post<LoginResponse>('/api/auth/login', { username, password }, { sessionBound: false })
  store(answer.token, answer.user)
  expired.value = false
  return answer.user
}

/** Refreshes the user from the platform; a 401 ends the session through the client's hook. */
export async function refreshUser(): Promise<User> {
  const me = await api.get<User>('/api/auth/me')
  store(token.value, me)
  return me
}

export async function signOut(): Promise<void> {
  if (token.value) {
    try {
      await api.post<void>('/api/auth/logout', undefined, { sessionBound: false })
    } catch {
      // The token is forgotten locally whatever the platform answers.
    }
  }
  store(null, null)
}

/** The session ended on the platform's side (401): forget it and let the app send the user to login. */
export function endSession(): void {
  store(null, null)
  expired.value = true
}

let onEnded: () => void = () => {}

/** Wires the shared API client to this session; `ended` runs after a 401 answer. */
export function installSession(ended: () => void): void {
  onEnded = ended
  bindSession({
    token: () => token.value,
    unauthorized: () => {
      endSession()
      onEnded()
    },
  })
}
