import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const queueRoutes: RouteRecordRaw[] = [
  { path: '/kiosk', name: 'kiosk', component: () => import('./Kiosk.vue'), meta: { title: '自助取号', bare: true } },
]
