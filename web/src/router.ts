import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import './routeMeta'
import { session } from './auth/session'
import { whenUnauthorized } from './api/http'
import { accountRoutes } from './pages/account/routes'
import { publicRoutes } from './pages/public/routes'
import { queueRoutes } from './pages/queue/routes'
import { windowRoutes } from './pages/window/routes'
import { approverRoutes } from './pages/approver/routes'
import { applicantRoutes } from './pages/applicant/routes'
import { onlineRoutes } from './pages/online/routes'
import { agentRoutes } from './pages/agent/routes'
import { rateRoutes } from './pages/rate/routes'
import { supervisionRoutes } from './pages/supervision/routes'
import { disclosureRoutes } from './pages/disclosure/routes'
import { tradingRoutes } from './pages/trading/routes'
import { tradingOfficerRoutes } from './pages/trading-officer/routes'
import { expertRoutes } from './pages/expert/routes'

// Each area of the portal keeps its own routes file; the menu is made from their meta (title, roles, menu order).
export const routes: RouteRecordRaw[] = [
  ...publicRoutes,
  ...queueRoutes,
  ...windowRoutes,
  ...approverRoutes,
  ...applicantRoutes,
  ...onlineRoutes,
  ...agentRoutes,
  ...rateRoutes,
  ...supervisionRoutes,
  ...disclosureRoutes,
  ...tradingRoutes,
  ...tradingOfficerRoutes,
  ...expertRoutes,
  ...accountRoutes,
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  const roles = to.meta.roles
  if (roles && roles.length > 0) {
    if (!session.signedIn.value) return { name: 'sign-in', query: { next: to.fullPath } }
    if (!session.hasRole(...roles)) return { name: 'forbidden', query: { page: to.meta.title ?? to.path } }
  }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - 政务服务中心` : '政务服务中心'
})

// A 401 from the API means the session ended (expired token): back to sign-in, then back here.
whenUnauthorized(() => {
  const current = router.currentRoute.value
  if (current.name !== 'sign-in') void router.push({ name: 'sign-in', query: { next: current.fullPath } })
})
