import { createApp } from 'vue'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './shell/global.css'
import './kit/kit.css'
import App from './App.vue'
import { restoreLocale } from './i18n'
import { createConsoleRouter } from './shell/router'

restoreLocale()
createApp(App).use(ElementPlus).use(createConsoleRouter()).mount('#app')
