import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const disclosureRoutes: RouteRecordRaw[] = [
  { path: '/disclosure', name: 'disclosure', component: () => import('./Publications.vue'), meta: { title: '政务公开', menu: 60 } },
]
