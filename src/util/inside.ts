/**
 * Whether `target` is `folder` or inside it (both absolute), by their paths
 * alone: the one boundary check of reports, annotations and attachments.
 */
import path from 'node:path'

export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target)
  return (
    relative !== '..' &&
    // `..x.png` is a name, not a way up.
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  )
}
