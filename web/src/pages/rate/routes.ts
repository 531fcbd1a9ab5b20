import type { RouteRecordRaw } from 'vue-router'

export const rateRoutes: RouteRecordRaw[] = [
  { path: '/rate', name: 'rate', component: () => import('./RatingDevice.vue'), meta: { title: '服务评价', bare: true } },
]
