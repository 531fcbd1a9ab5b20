import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../routeMeta'

export interface MenuEntry {
  path: string
  title: string
}

/** The menu a user sees: every route with a menu order whose roles they hold (or that needs none). */
export function menuFor(routes: RouteRecordRaw[], roles: string[]): MenuEntry[] {
  return routes
    .filter((r) => typeof r.meta?.menu === 'number' && !r.path.includes(':'))
    .filter((r) => !r.meta?.roles?.length || r.meta.roles.some((role) => roles.includes(role)))
    .sort((a, b) => (a.meta!.menu as number) - (b.meta!.menu as number))
    .map((r) => ({ path: r.path, title: r.meta!.title ?? r.path }))
}

/** Where a user lands after signing in: the workbench of their first role. */
export function homeOf(roles: string[]): string {
  if (roles.includes(Roles.windowStaff)) return '/window'
  if (roles.includes(Roles.approver)) return '/approver'
  if (roles.includes(Roles.applicant)) return '/my'
  if (roles.includes(Roles.agent)) return '/agent'
  if (roles.includes(Roles.supervisor)) return '/supervision'
  if (roles.includes(Roles.disclosureOfficer)) return '/disclosure/workbench'
  if (roles.includes(Roles.tradingOfficer)) return '/trading/console'
  if (roles.includes(Roles.expert)) return '/expert'
  return '/'
}
