import type { RouteRecordRaw } from 'vue-router'

// The hall's devices: anonymous, full screen, readable from a distance.
export const queueRoutes: RouteRecordRaw[] = [
  { path: '/kiosk', name: 'kiosk', component: () => import('./Kiosk.vue'), meta: { title: '自助取号', bare: true } },
  {
    path: '/display',
    name: 'display',
    component: () => import('./QueueDisplay.vue'),
    meta: { title: '叫号信息', bare: true },
  },
]
