import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const windowRoutes: RouteRecordRaw[] = [
  { path: '/window', name: 'window', component: () => import('./WindowConsole.vue'), meta: { title: '窗口工作台', menu: 20, roles: [Roles.windowStaff] } },
]
