import type { RouteRecordRaw } from 'vue-router'

export const accountRoutes: RouteRecordRaw[] = [
  { path: '/signin', name: 'sign-in', component: () => import('./SignIn.vue'), meta: { title: '登录' } },
  { path: '/forbidden', name: 'forbidden', component: () => import('./Forbidden.vue'), meta: { title: '无权访问' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./NotFound.vue'), meta: { title: '页面不存在' } },
]
