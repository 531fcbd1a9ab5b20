import { onBeforeUnmount, ref } from 'vue'
import { supervision, type LiveFigures } from './api'

export type FeedState = 'connecting' | 'live' | 'polling'

/** A change the feed announced (services/Supervision/Feed/FeedEvent.cs). */
export interface FeedChange {
  kind: string
  caseNo: string
  departmentCode: string | null
  at: string
}

export interface LiveFeedOptions {
  /** Polling interval while the feed is unavailable. */
  pollMs?: number
  /** How long to poll before trying the feed again with a new ticket. */
  retryFeedMs?: number
}

/**
 * Today's live counters, kept current by the supervision feed (server-sent events): each change the feed announces
 * makes the page read /live again (the counters are the server's, never counted here). EventSource cannot send the
 * bearer token, so the feed is opened with a 60-second single-use ticket; when it fails (no ticket, a proxy closing
 * it) the page polls /live every few seconds and tries the feed again later. A spent ticket is never retried: the
 * EventSource is closed on its first error, before it could reconnect by itself.
 */
export function useLiveFigures(options: LiveFeedOptions = {}) {
  const pollMs = options.pollMs ?? 5000
  const retryFeedMs = options.retryFeedMs ?? 30000
  const figures = ref<LiveFigures | null>(null)
  const state = ref<FeedState>('connecting')
  const error = ref<unknown>(null)
  /** The latest changes seen since the page opened, newest first (at most 20). */
  const recent = ref<FeedChange[]>([])
  let source: EventSource | null = null
  let pollTimer: ReturnType<typeof setInterval> | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let refreshTimer: ReturnType<typeof setTimeout> | null = null
  let stopped = false

  async function refresh() {
    try {
      figures.value = await supervision.live()
      error.value = null
    } catch (e) {
      error.value = e
    }
  }

  /** Several changes in one burst read the counters once. */
  function refreshSoon() {
    if (refreshTimer) return
    refreshTimer = setTimeout(() => {
      refreshTimer = null
      void refresh()
    }, 200)
  }

  function remember(data: string) {
    try {
      const change = JSON.parse(data) as FeedChange
      recent.value = [change, ...recent.value].slice(0, 20)
    } catch {
      // A change without a readable body still refreshes the counters.
    }
  }

  function startPolling() {
    state.value = 'polling'
    if (!pollTimer) pollTimer = setInterval(() => void refresh(), pollMs)
    if (!retryTimer && !stopped) {
      retryTimer = setTimeout(() => {
        retryTimer = null
        void connect()
      }, retryFeedMs)
    }
  }

  function stopPolling() {
    if (pollTimer) clearInterval(pollTimer)
    pollTimer = null
  }

  async function connect() {
    if (stopped) return
    if (typeof EventSource === 'undefined') {
      startPolling()
      return
    }
    try {
      const { ticket } = await supervision.feedTicket()
      if (stopped) return
      const es = new EventSource(`/api/supervision/feed?ticket=${encodeURIComponent(ticket)}`)
      source = es
      es.addEventListener('connected', () => {
        state.value = 'live'
        stopPolling()
        void refresh()
      })
      for (const kind of ['accepted', 'completed', 'rated', 'suspended-or-extended', 'imported']) {
        es.addEventListener(kind, (event) => {
          remember((event as MessageEvent<string>).data)
          refreshSoon()
        })
      }
      es.onerror = () => {
        es.close()
        if (source === es) source = null
        if (!stopped) startPolling()
      }
    } catch {
      startPolling()
    }
  }

  function stop() {
    stopped = true
    source?.close()
    source = null
    stopPolling()
    if (retryTimer) clearTimeout(retryTimer)
    if (refreshTimer) clearTimeout(refreshTimer)
  }

  void refresh()
  void connect()
  onBeforeUnmount(stop)
  return { figures, state, error, recent, refresh, stop }
}
