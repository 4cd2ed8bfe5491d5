import { describe, expect, it } from 'vitest'
import { fitWithin, MAX_PHOTO_BYTES, needsShrinking } from '@/kit/photos'

describe('photos before upload', () => {
  it('shrinks photos near the platform limit and re-encodes types it refuses', () => {
    expect(needsShrinking({ size: 200_000, type: 'image/jpeg' })).toBe(false)
    expect(needsShrinking({ size: MAX_PHOTO_BYTES, type: 'image/jpeg' })).toBe(true)
    expect(needsShrinking({ size: 200_000, type: 'image/heic' })).toBe(true)
  })

  it('keeps the aspect ratio and never enlarges', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 2560, height: 1920 })
    expect(fitWithin(3024, 4032)).toEqual({ width: 1920, height: 2560 })
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
  })
})
