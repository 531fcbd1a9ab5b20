import { statusLabels } from '../trading/labels'

/** The public statuses plus an auction's 竞价中 (auctioning: bids in the open between start and close). */
export const projectStatusLabels: Record<string, string> = { auctioning: '竞价中', ...statusLabels }
