/** Whether `file` is strictly inside `folder` (both absolute), by their paths alone. */
import path from 'node:path'

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return (
    relative !== '' &&
    relative !== '..' &&
    // `..x.png` is a name, not a way up.
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  )
}
