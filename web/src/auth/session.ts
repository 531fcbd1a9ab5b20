import { reactive, computed } from 'vue'

/**
 * The signed-in user. The token lives in memory and in sessionStorage (so a reload keeps the session in this tab
 * only); it is never put in a URL. The claims shown (name, roles, department) are read from the token's payload.
 */
export interface SessionUser {
  username: string
  name: string
  roles: string[]
  department: string | null
  expiresAt: number
}

const storageKey = 'hall.session'

interface Stored {
  token: string
  user: SessionUser
}

function load(): Stored | null {
  try {
    const raw = sessionStorage.getItem(storageKey)
    if (!raw) return null
    const stored = JSON.parse(raw) as Stored
    return stored.user.expiresAt > Date.now() ? stored : null
  } catch {
    return null
  }
}

const state = reactive<{ token: string | null; user: SessionUser | null }>({ token: null, user: null })
const initial = typeof sessionStorage === 'undefined' ? null : load()
if (initial) {
  state.token = initial.token
  state.user = initial.user
}

export const session = {
  get token() {
    return state.token
  },
  get user() {
    return state.user
  },
  signedIn: computed(() => state.user !== null),
  hasRole(...roles: string[]) {
    return state.user !== null && roles.some((role) => state.user!.roles.includes(role))
  },
  start(token: string, expiresInSeconds: number, roles: string[]) {
    const claims = decodeClaims(token)
    const user: SessionUser = {
      username: String(claims.sub ?? claims.unique_name ?? ''),
      name: String(claims.name ?? claims.sub ?? ''),
      roles,
      department: typeof claims.department === 'string' ? claims.department : null,
      expiresAt: Date.now() + expiresInSeconds * 1000,
    }
    state.token = token
    state.user = user
    sessionStorage.setItem(storageKey, JSON.stringify({ token, user }))
  },
  end() {
    state.token = null
    state.user = null
    sessionStorage.removeItem(storageKey)
  },
}

/** The JWT's payload (base64url JSON); the signature is the server's business. */
export function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=')
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
  } catch {
    return {}
  }
}
