import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const applicantRoutes: RouteRecordRaw[] = [
  { path: '/my', name: 'my-cases', component: () => import('./MyCases.vue'), meta: { title: '我的办件', menu: 40, roles: [Roles.applicant] } },
]
