import type { RouteRecordRaw } from 'vue-router'

// Public pages: no sign-in.
export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./Home.vue'), meta: { title: '办事指南', menu: 1 } },
  { path: '/guide/:code', name: 'guide', component: () => import('./Guide.vue'), meta: { title: '办事指南详情' } },
  {
    path: '/calendar',
    name: 'calendar',
    component: () => import('./CalendarLookup.vue'),
    meta: { title: '工作日查询', menu: 2 },
  },
  { path: '/track', name: 'track', component: () => import('./Track.vue'), meta: { title: '办件查询', menu: 3 } },
  {
    path: '/points',
    name: 'service-points',
    component: () => import('./ServicePoints.vue'),
    meta: { title: '服务网点', menu: 4 },
  },
]
