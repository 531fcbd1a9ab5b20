import { api, request, type Page } from '../../api/http'
import type { DrawView, Opening } from '../trading/types'
import type {
  AuctionState,
  Booking,
  Evaluation,
  Objection,
  OfficerProject,
  OverdueContract,
  Recording,
  RegistrationView,
  Room,
} from './types'

/** The trading API the officer's pages call (services/Bidding; lists may come as an array or as a page). */
const base = '/api/bidding'
const project = (id: string) => `${base}/projects/${encodeURIComponent(id)}`

export function itemsOf<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items
}

export const officerApi = {
  projects: (page: number, pageSize: number) => api.get<Page<OfficerProject>>(`${base}/projects`, { page, pageSize }),
  project: (id: string) => api.get<OfficerProject>(`${base}/public/projects/${encodeURIComponent(id)}`),
  announce: (body: unknown) => api.post<OfficerProject>(`${base}/projects`, body),
  opening: (id: string) => api.get<Opening>(`${project(id)}/opening`),

  projectDraws: async (id: string) =>
    itemsOf(await api.get<Page<DrawView>>(`${base}/draws`, { page: 1, pageSize: 100 })).filter((d) => d.projectId === id),
  scheduleDraw: (body: unknown, key: string) =>
    api.post<DrawView>(`${base}/draws`, body, { headers: { 'Idempotency-Key': key } }),
  performDraw: (drawId: string) => api.post<DrawView>(`${base}/draws/${encodeURIComponent(drawId)}/draw`),

  evaluation: (id: string) => api.get<Evaluation>(`${project(id)}/evaluation`),
  candidates: (id: string) => api.post<OfficerProject>(`${project(id)}/candidates`),
  objections: async (id: string) => itemsOf(await api.get<Objection[] | Page<Objection>>(`${project(id)}/objections`)),
  decide: (id: string, objectionId: string, body: { upheld: boolean; reply: string }) =>
    api.post<unknown>(`${project(id)}/objections/${encodeURIComponent(objectionId)}/decision`, body),
  award: (id: string, bidId: string | null) => api.post<OfficerProject>(`${project(id)}/award`, { bidId }),
  contract: (id: string) => api.post<OfficerProject>(`${project(id)}/contract`),
  overdue: async () => itemsOf(await api.get<OverdueContract[] | Page<OverdueContract>>(`${base}/contracts/overdue`)),

  registrations: async (id: string) =>
    itemsOf(await api.get<RegistrationView[] | Page<RegistrationView>>(`${project(id)}/registrations`)),
  qualify: (id: string, registrationId: string, body: { qualified: boolean; reason: string | null }) =>
    api.post<unknown>(`${project(id)}/registrations/${encodeURIComponent(registrationId)}/qualification`, body),
  selection: (id: string) => api.post<DrawView>(`${project(id)}/selection`),
  selectionResult: (id: string) => api.post<OfficerProject>(`${project(id)}/selection/result`),
  completion: (id: string) => api.post<OfficerProject>(`${project(id)}/completion`),

  auction: (id: string) => api.get<AuctionState>(`${project(id)}/auction`),
  auctionStart: (id: string) => api.post<unknown>(`${project(id)}/auction/start`),
  auctionClose: (id: string) => api.post<unknown>(`${project(id)}/auction/close`),

  recordings: async (id: string) => itemsOf(await api.get<Recording[] | Page<Recording>>(`${project(id)}/recordings`)),
  addRecording: (id: string, body: unknown) => api.post<Recording>(`${project(id)}/recordings`, body),

  rooms: async () => itemsOf(await api.get<Room[] | Page<Room>>(`${base}/rooms`)),
  bookings: async (code: string, from: string, to: string) =>
    itemsOf(await api.get<Booking[] | Page<Booking>>(`${base}/rooms/${encodeURIComponent(code)}/bookings`, { from, to })),
  book: (code: string, body: unknown) => api.post<Booking>(`${base}/rooms/${encodeURIComponent(code)}/bookings`, body),
  cancelBooking: (code: string, bookingId: string) =>
    request<unknown>('DELETE', `${base}/rooms/${encodeURIComponent(code)}/bookings/${encodeURIComponent(bookingId)}`),
}
