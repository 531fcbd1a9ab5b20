import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

export const expertRoutes: RouteRecordRaw[] = [
  {
    path: '/expert',
    name: 'expert',
    component: () => import('./ExpertAssignments.vue'),
    meta: { title: '专家评审', menu: 72, roles: [Roles.expert] },
  },
  {
    path: '/expert/projects/:id',
    name: 'expert-project',
    component: () => import('./ExpertScoring.vue'),
    meta: { title: '评审打分', roles: [Roles.expert] },
  },
]
