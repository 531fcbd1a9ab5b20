/** The service points (服务网点) the catalogue publishes (GET /api/catalogue/points), as a tree for the public page. */
export interface ServicePoint {
  code: string
  name: string
  level: 'county' | 'town' | 'village'
  levelLabel: string
  parentCode: string | null
  address: string | null
  hours: string | null
  phone: string | null
  windowNumbers: string[]
}

export interface PointNode extends ServicePoint {
  children: PointNode[]
}

const levelOrder: Record<string, number> = { county: 0, town: 1, village: 2 }

/**
 * County hall first, its towns under it, each town's villages under the town (by code); a point whose parent is not
 * in the list stays at the top so nothing published is hidden.
 */
export function pointTree(points: ServicePoint[]): PointNode[] {
  const sorted = [...points].sort(
    (a, b) => (levelOrder[a.level] ?? 9) - (levelOrder[b.level] ?? 9) || a.code.localeCompare(b.code),
  )
  const nodes = new Map(sorted.map((p) => [p.code, { ...p, children: [] as PointNode[] }]))
  const roots: PointNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

export const levelTones: Record<string, 'red' | 'blue' | 'green'> = { county: 'red', town: 'blue', village: 'green' }
