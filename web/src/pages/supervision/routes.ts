import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

export const supervisionRoutes: RouteRecordRaw[] = [
  {
    path: '/supervision',
    name: 'supervision',
    component: () => import('./Dashboard.vue'),
    meta: { title: '效能监察', menu: 50, roles: [Roles.supervisor, Roles.admin] },
  },
  {
    path: '/supervision/wall',
    name: 'supervision-wall',
    component: () => import('./Wall.vue'),
    meta: { title: '效能监察大屏', roles: [Roles.supervisor, Roles.admin], bare: true },
  },
]
