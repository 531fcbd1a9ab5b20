import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

void Roles
export const approverRoutes: RouteRecordRaw[] = [
  { path: '/approver', name: 'approver', component: () => import('./ApproverConsole.vue'), meta: { title: '审批工作台', menu: 30, roles: [Roles.approver] } },
]
