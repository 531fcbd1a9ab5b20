import 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** The page's Chinese title (document title and menu entry). */
    title?: string
    /** Roles allowed; none means anyone, signed in or not. */
    roles?: string[]
    /** Shown in the top menu under this order (smaller first); absent means not in the menu. */
    menu?: number
    /** Full-screen pages without header and menu (kiosk, queue display, rating device). */
    bare?: boolean
  }
}

export const Roles = {
  admin: 'admin',
  windowStaff: 'window-staff',
  approver: 'approver',
  applicant: 'applicant',
  supervisor: 'supervisor',
  catalogueAdmin: 'catalogue-admin',
  tradingOfficer: 'trading-officer',
  /** An evaluation expert (评标专家) drawn for projects; scores the bids of those projects. */
  expert: 'expert',
  disclosureOfficer: 'disclosure-officer',
  /** A town or village 便民服务 agent (代办员); the token's `point` claim names their service point. */
  agent: 'agent',
} as const
