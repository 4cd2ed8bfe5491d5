/** Photos from phones are often larger than the platform takes (5 MB): shrink them before upload. */

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif']
/** Longest side of a shrunk photo: still plenty to read a label or see a crack. */
export const MAX_SIDE = 2560

export function needsShrinking(file: Pick<File, 'size' | 'type'>, limit = MAX_PHOTO_BYTES): boolean {
  // HEIC and other types the platform refuses are re-encoded as JPEG too; 0.8 of the limit leaves room for multipart
  return file.size > limit * 0.8 || !ACCEPTED_TYPES.includes(file.type)
}

/** The size that keeps the aspect ratio and fits the longest side into `max`. */
export function fitWithin(width: number, height: number, max = MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/** A JPEG no larger than MAX_SIDE; the original when it is fine already or the browser cannot decode it. */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!needsShrinking(file)) return file
  try {
    const bitmap = await createImageBitmap(file)
    const size = fitWithin(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, size.width, size.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
    if (!blob) return file
    return new File([blob], file.name.replace(/\.[^.]+$/, '') + '.jpg', { type: 'image/jpeg' })
  } catch {
    return file
  }
}
