import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

export const approverRoutes: RouteRecordRaw[] = [
  { path: '/approver', name: 'approver', component: () => import('./ApproverConsole.vue'), meta: { title: '审批工作台', menu: 30, roles: [Roles.approver] } },
  { path: '/approver/cases/:caseNo', name: 'approver-case', component: () => import('./ApproverCase.vue'), meta: { title: '办件详情', roles: [Roles.approver] } },
]
