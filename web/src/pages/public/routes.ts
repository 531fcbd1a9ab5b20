import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./Home.vue'), meta: { title: '办事指南', menu: 1 } },
]
