import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

export const tradingOfficerRoutes: RouteRecordRaw[] = [
  {
    path: '/trading/console',
    name: 'trading-console',
    component: () => import('./OfficerConsole.vue'),
    meta: { title: '交易项目管理', menu: 71, roles: [Roles.tradingOfficer] },
  },
  {
    path: '/trading/console/projects/:id',
    name: 'trading-console-project',
    component: () => import('./ProjectWorkbench.vue'),
    meta: { title: '项目工作台', roles: [Roles.tradingOfficer] },
  },
]
