import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const tradingRoutes: RouteRecordRaw[] = [
  { path: '/trading', name: 'trading', component: () => import('./Announcements.vue'), meta: { title: '公共资源交易', menu: 70 } },
]
