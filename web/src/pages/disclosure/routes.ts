import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

const officers = [Roles.disclosureOfficer, Roles.admin]

export const disclosureRoutes: RouteRecordRaw[] = [
  { path: '/disclosure', name: 'disclosure', component: () => import('./Publications.vue'), meta: { title: '政务公开', menu: 60 } },
  { path: '/disclosure/publications/:id', name: 'disclosure-publication', component: () => import('./PublicationPage.vue'), meta: { title: '公开信息' } },
  { path: '/disclosure/request', name: 'disclosure-request', component: () => import('./RequestForm.vue'), meta: { title: '依申请公开' } },
  { path: '/disclosure/workbench', name: 'disclosure-workbench', component: () => import('./Workbench.vue'), meta: { title: '政务公开工作台', menu: 61, roles: officers } },
  { path: '/disclosure/annual-report', name: 'disclosure-annual-report', component: () => import('./AnnualReport.vue'), meta: { title: '信息公开年报', menu: 62, roles: officers } },
]
