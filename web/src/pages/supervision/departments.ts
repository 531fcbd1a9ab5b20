import { ref } from 'vue'
import { supervision } from './api'

/** Department code → Chinese name, from the catalogue (anonymous read); codes stay shown when it cannot answer. */
export function useDepartmentNames() {
  const names = ref<Record<string, string>>({})
  void supervision
    .departments()
    .then((list) => {
      names.value = Object.fromEntries(list.map((d) => [d.code, d.name]))
    })
    .catch(() => undefined)
  return names
}
