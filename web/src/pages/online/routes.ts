import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

// 网上申办: the applicant's online form and their applications (the cases they become are under /my).
export const onlineRoutes: RouteRecordRaw[] = [
  {
    path: '/applicant/apply/:matterCode',
    name: 'apply-online',
    component: () => import('./ApplyOnline.vue'),
    meta: { title: '在线申办', roles: [Roles.applicant] },
  },
  {
    path: '/applicant/applications',
    name: 'my-applications',
    component: () => import('./MyApplications.vue'),
    meta: { title: '我的申请', menu: 41, roles: [Roles.applicant] },
  },
  {
    path: '/applicant/applications/:id',
    name: 'my-application',
    component: () => import('./MyApplication.vue'),
    meta: { title: '申请详情', roles: [Roles.applicant] },
  },
]
