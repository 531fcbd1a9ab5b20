/** An RFC 9457 problem answered by the platform, with the Chinese title/detail people read. */
export interface ProblemBody {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  /** The services send a list of {field, message}; ASP.NET's validation sends a map of field → messages. */
  errors?: { field: string; message: string }[] | Record<string, string[] | string>
  field?: string
  [key: string]: unknown
}

interface ErrorEntry {
  field?: unknown
  message?: unknown
}

export class ApiProblem extends Error {
  readonly status: number
  readonly body: ProblemBody

  constructor(status: number, body: ProblemBody) {
    super(body.detail || body.title || `请求失败（${status}）`)
    this.status = status
    this.body = body
  }

  /** What to show: the detail when there is one, else the title. */
  get text(): string {
    return this.body.detail || this.body.title || this.message
  }

  /**
   * Messages per field (camelCase names as in the request), for showing next to the input they concern: the
   * services' list of {field, message}, ASP.NET's map of field → messages, and a single `field` are all read;
   * several messages of one field are joined, and entries that name no field are left to the detail.
   */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {}
    const add = (field: unknown, message: unknown) => {
      if (typeof field !== 'string' || !field) return
      const text = Array.isArray(message) ? message.map(String).join('；') : String(message ?? '')
      const name = normaliseField(field)
      result[name] = result[name] ? `${result[name]}；${text}` : text
    }
    const errors: unknown = this.body.errors
    if (Array.isArray(errors)) {
      for (const entry of errors) {
        if (entry && typeof entry === 'object') add((entry as ErrorEntry).field, (entry as ErrorEntry).message)
      }
    } else if (errors && typeof errors === 'object') {
      for (const [field, messages] of Object.entries(errors)) add(field, messages)
    }
    if (typeof this.body.field === 'string' && !result[normaliseField(this.body.field)]) add(this.body.field, this.text)
    return result
  }
}

/** "$.applicant.idNumber" and "Applicant.IdNumber" both become "applicant.idNumber". */
export function normaliseField(name: string): string {
  return name
    .replace(/^\$\.?/, '')
    .split('.')
    .map((part) => (part ? part[0].toLowerCase() + part.slice(1) : part))
    .join('.')
}

/** Any error as one sentence for a message box. */
export function describe(error: unknown): string {
  if (error instanceof ApiProblem) return error.text
  if (error instanceof TypeError) return '无法连接服务器，请检查网络后重试。'
  return error instanceof Error ? error.message : String(error)
}
