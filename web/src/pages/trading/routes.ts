import type { RouteRecordRaw } from 'vue-router'
import { Roles } from '../../routeMeta'

export const tradingRoutes: RouteRecordRaw[] = [
  { path: '/trading', name: 'trading', component: () => import('./Announcements.vue'), meta: { title: '公共资源交易', menu: 70 } },
  {
    path: '/trading/projects/:id',
    name: 'trading-project',
    component: () => import('./ProjectDetail.vue'),
    meta: { title: '交易项目' },
  },
  {
    path: '/trading/projects/:id/bid',
    name: 'trading-bid',
    component: () => import('./BidPage.vue'),
    meta: { title: '投标', roles: [Roles.applicant] },
  },
  {
    path: '/trading/projects/:id/opening',
    name: 'trading-opening',
    component: () => import('./OpeningHall.vue'),
    meta: { title: '开标大厅' },
  },
  {
    path: '/trading/projects/:id/auction',
    name: 'trading-auction',
    component: () => import('./AuctionRoom.vue'),
    meta: { title: '竞价室' },
  },
  {
    path: '/trading/heads',
    name: 'trading-heads',
    component: () => import('./HeadsPage.vue'),
    meta: { title: '每日链头公示' },
  },
  {
    path: '/trading/draws/:drawId',
    name: 'trading-draw',
    component: () => import('./DrawPage.vue'),
    meta: { title: '随机抽取验证' },
  },
]
