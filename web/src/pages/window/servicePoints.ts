import { ref } from 'vue'
import { api } from '../../api/http'

export type PointLevel = 'county' | 'town' | 'village'

/** A service point of the county–town–village network (GET /api/catalogue/points, anonymous). */
export interface ServicePoint {
  code: string
  name: string
  level: PointLevel
  levelLabel: string
  parentCode: string | null
  address: string | null
  hours: string | null
  phone: string | null
  windowNumbers: string[]
}

export const levelLabels: Record<PointLevel, string> = { county: '县级', town: '镇级', village: '村级' }

export const channelLabels: Record<string, string> = { window: '窗口', online: '网上', agent: '代办' }

export function fetchPoints(): Promise<ServicePoint[]> {
  return api.get<ServicePoint[]>('/api/catalogue/points', undefined, { anonymous: true })
}

/** "东风村便民代办点（村级）" for a code; the code itself when the catalogue does not know it; "县政务服务中心" for none. */
export function pointName(points: ServicePoint[], code: string | null | undefined): string {
  if (!code) return '县政务服务中心'
  const point = points.find((p) => p.code === code)
  return point ? `${point.name}（${levelLabels[point.level] ?? point.levelLabel}）` : code
}

/** The network's points, read once per page; the pages still work (codes shown) when the catalogue cannot answer. */
export function useServicePoints() {
  const points = ref<ServicePoint[]>([])
  void fetchPoints()
    .then((list) => (points.value = list))
    .catch(() => undefined)
  return points
}
