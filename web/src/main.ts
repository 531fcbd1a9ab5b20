import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { reportUnexpected } from './lib/unexpected'

const app = createApp(App)
app.use(ElementPlus, { locale: zhCn })
app.use(router)
app.config.errorHandler = reportUnexpected
app.mount('#app')
