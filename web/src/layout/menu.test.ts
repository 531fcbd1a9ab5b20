import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { homeOf, menuFor } from './menu'

const page = { render: () => null }
const routes: RouteRecordRaw[] = [
  { path: '/', component: page, meta: { title: '办事指南', menu: 1 } },
  { path: '/window', component: page, meta: { title: '窗口工作台', menu: 20, roles: ['window-staff'] } },
  { path: '/approver', component: page, meta: { title: '审批工作台', menu: 30, roles: ['approver'] } },
  { path: '/guide/:code', component: page, meta: { title: '办事指南详情', menu: 2 } },
  { path: '/kiosk', component: page, meta: { title: '取号', bare: true } },
]

describe('menu by role', () => {
  it('shows public entries to everyone and workbenches to their roles only, in order', () => {
    expect(menuFor(routes, []).map((m) => m.title)).toEqual(['办事指南'])
    expect(menuFor(routes, ['window-staff']).map((m) => m.title)).toEqual(['办事指南', '窗口工作台'])
    expect(menuFor(routes, ['approver', 'window-staff']).map((m) => m.path)).toEqual(['/', '/window', '/approver'])
  })
  it('lands each role on its workbench', () => {
    expect(homeOf(['window-staff'])).toBe('/window')
    expect(homeOf(['approver'])).toBe('/approver')
    expect(homeOf(['applicant'])).toBe('/my')
    expect(homeOf(['agent'])).toBe('/agent')
    expect(homeOf(['supervisor'])).toBe('/supervision')
    expect(homeOf(['trading-officer'])).toBe('/trading/console')
    expect(homeOf(['expert'])).toBe('/expert')
    expect(homeOf(['disclosure-officer'])).toBe('/disclosure/workbench')
    expect(homeOf(['admin'])).toBe('/')
  })
})
