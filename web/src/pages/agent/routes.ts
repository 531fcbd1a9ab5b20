import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

// 代办: the town/village agent's console, an application of their point, and the printable 交接单.
export const agentRoutes: RouteRecordRaw[] = [
  {
    path: '/agent',
    name: 'agent',
    component: () => import('./AgentConsole.vue'),
    meta: { title: '代办工作台', menu: 45, roles: [Roles.agent] },
  },
  {
    path: '/agent/applications/:id',
    name: 'agent-application',
    component: () => import('./AgentApplication.vue'),
    meta: { title: '代办申请', roles: [Roles.agent] },
  },
  {
    path: '/agent/slip/:id',
    name: 'agent-slip',
    component: () => import('./AgentSlip.vue'),
    meta: { title: '代办材料交接单', bare: true, roles: [Roles.agent] },
  },
]
