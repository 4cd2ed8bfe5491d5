/** Console texts of the login page (zh-CN is the reference; every key must exist in en). */
export const zh = {
  'login.title': '登录',
  'login.subtitle': '城市应急管理：防范、预警、处置一体化',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.required': '请输入用户名和密码',
  'login.sessionExpired': '登录已失效，请重新登录',
}

export const en: Record<keyof typeof zh, string> = {
  'login.title': 'Sign in',
  'login.subtitle': 'City emergency management: prevention, warning and response in one place',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.required': 'Enter your username and password',
  'login.sessionExpired': 'Your session has ended, please sign in again',
}
