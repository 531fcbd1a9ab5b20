import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const supervisionRoutes: RouteRecordRaw[] = [
  { path: '/supervision', name: 'supervision', component: () => import('./Dashboard.vue'), meta: { title: '效能监察', menu: 50, roles: [Roles.supervisor, Roles.admin] } },
]
