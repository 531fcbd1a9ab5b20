import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

export const applicantRoutes: RouteRecordRaw[] = [
  { path: '/my', name: 'my-cases', component: () => import('./MyCases.vue'), meta: { title: '我的办件', menu: 40, roles: [Roles.applicant] } },
  { path: '/my/cases/:caseNo', name: 'my-case', component: () => import('./MyCase.vue'), meta: { title: '办件详情', roles: [Roles.applicant] } },
  { path: '/my/projects/:code', name: 'my-project', component: () => import('./MyProject.vue'), meta: { title: '项目审批进度', roles: [Roles.applicant] } },
]
