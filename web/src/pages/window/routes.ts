import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

export const windowRoutes: RouteRecordRaw[] = [
  { path: '/window', name: 'window', component: () => import('./WindowConsole.vue'), meta: { title: '窗口工作台', menu: 20, roles: [Roles.windowStaff] } },
  // The printable documents: bare (no menu on the printout), 受理通知书 by case number, the others by application.
  {
    path: '/window/print/:kind/:key',
    name: 'window-print',
    component: () => import('./WindowPrint.vue'),
    meta: { title: '打印文书', bare: true, roles: [Roles.windowStaff] },
  },
]
