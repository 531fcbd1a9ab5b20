import { ElMessage } from 'element-plus'
import { describe } from '../api/problem'

/**
 * A failure no page handled: shown to the user as one sentence (an API problem's Chinese detail) and written to the
 * console, where the browser tests see it and fail.
 */
export function reportUnexpected(error: unknown) {
  console.error(error)
  ElMessage.error({ message: describe(error), duration: 6000 })
}
