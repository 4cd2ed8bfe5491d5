import { t } from '@/i18n'

/** The device's position (GPS on phones), as [latitude, longitude], or a message saying why not. */
export function currentPosition(timeout = 15_000): Promise<{ latitude: number; longitude: number; accuracy: number }> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      reject(new Error(t('kit.location.gpsUnsupported')))
      return
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({
          latitude: round6(position.coords.latitude),
          longitude: round6(position.coords.longitude),
          accuracy: Math.round(position.coords.accuracy),
        }),
      (error) => reject(new Error(t('kit.location.gpsFailed', { reason: error.message || String(error.code) }))),
      { enableHighAccuracy: true, timeout, maximumAge: 60_000 },
    )
  })
}

/** Six decimals is about 0.1 m: more is noise. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
