import { ref } from 'vue'
import { api } from '../../api/http'

/**
 * The hall clock as the browser follows it: deadlines are judged by the hall's time (GET public/clock), which may
 * differ from this computer's clock (and does on a training installation whose hall clock was moved forward). The
 * difference is measured on each sync and applied to the browser's clock between syncs.
 */
const skewMs = ref(0)

export async function syncHallClock(): Promise<void> {
  const sent = Date.now()
  const reading = await api.get<{ now: string }>('/api/bidding/public/clock', undefined, { anonymous: true })
  const received = Date.now()
  skewMs.value = skewOf(reading.now, sent, received)
}

/** Hall time minus browser time, taking the hall's reading as made half-way through the request. */
export function skewOf(hallNow: string, sent: number, received: number): number {
  return new Date(hallNow).getTime() - Math.round((sent + received) / 2)
}

/** The hall's "now" in milliseconds since the epoch (reactive in the skew). */
export function hallNow(): number {
  return Date.now() + skewMs.value
}
