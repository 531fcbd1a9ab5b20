import { ref, watchEffect } from 'vue'

/** 适老化 large-text mode: kept per browser, applied as a class on <html> that the styles scale by. */
const key = 'hall.largeText'
export const largeText = ref(typeof localStorage !== 'undefined' && localStorage.getItem(key) === '1')

watchEffect(() => {
  if (typeof document === 'undefined') return
  document.documentElement.classList.toggle('large-text', largeText.value)
  localStorage.setItem(key, largeText.value ? '1' : '0')
})
