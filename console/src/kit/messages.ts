/** Console texts of the shared UI kit (pickers, maps, countdowns) (zh-CN is the reference; every key must exist in en). */
export const zh = {
  'kit.map.loadFailed': '地图数据加载失败',
  'kit.map.noWebgl': '浏览器不支持 WebGL，无法显示地图',

  'kit.span.daysHours': '{d} 天 {h} 小时',
  'kit.span.hoursMinutes': '{h} 小时 {m} 分',
  'kit.span.minutes': '{m} 分钟',
  'kit.photo.add': '添加照片',
  'kit.region.placeholder': '全部区域',
  'kit.location.pick': '在地图上点击选择位置',
  'kit.location.noBaseMap': '本平台未配置在线底图：请点击“使用当前位置”，或填写地址。',

  'kit.location.address': '地址',
  'kit.location.addressPlaceholder': '街道、小区、楼栋或门牌',
  'kit.location.gps': '使用当前位置',
  'kit.location.locating': '正在定位…',
  'kit.location.gpsFailed': '无法获取定位：{reason}',
  'kit.location.gpsUnsupported': '此浏览器不支持定位',
  'kit.location.coordinates': '坐标',
  'kit.clear': '清除',
  'kit.report.locationRequired': '请在地图上选点、使用当前位置或填写地址',
  'kit.report.descriptionRequired': '请描述隐患',
}

export const en: Record<keyof typeof zh, string> = {
  'kit.map.loadFailed': 'Could not load map data',
  'kit.map.noWebgl': 'This browser has no WebGL; the map cannot be shown',

  'kit.span.daysHours': '{d} d {h} h',
  'kit.span.hoursMinutes': '{h} h {m} min',
  'kit.span.minutes': '{m} min',
  'kit.photo.add': 'Add photo',
  'kit.region.placeholder': 'Any area',
  'kit.location.pick': 'Click the map to choose the location',
  'kit.location.noBaseMap': 'No base map is configured here: use your location, or type the address.',

  'kit.location.address': 'Address',
  'kit.location.addressPlaceholder': 'Street, estate, building or door number',
  'kit.location.gps': 'Use my location',
  'kit.location.locating': 'Locating…',
  'kit.location.gpsFailed': 'Could not get your location: {reason}',
  'kit.location.gpsUnsupported': 'This browser cannot tell its location',
  'kit.location.coordinates': 'Coordinates',
  'kit.clear': 'Clear',
  'kit.report.locationRequired': 'Pick a point on the map, use your location or type an address',
  'kit.report.descriptionRequired': 'Describe the hazard',
}
