import { api, type Page } from '../../api/http'
import { itemsOf } from '../trading-officer/officerApi'
import type { Assignment } from '../trading-officer/types'

/** The expert's calls: the projects they were drawn for, and their scores for one (signed by their account). */
export const expertApi = {
  assignments: async () =>
    itemsOf(await api.get<Assignment[] | Page<Assignment>>('/api/bidding/expert/assignments')),
  submit: (projectId: string, body: unknown) =>
    api.post<unknown>(`/api/bidding/projects/${encodeURIComponent(projectId)}/scores`, body),
}
