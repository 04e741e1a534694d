// Where the pipeline writes and the site reads: content/, or SURGE_CONTENT_DIR when a
// test or the bench builds from its own pipeline output. The one place that setting is read.
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.SURGE_CONTENT_DIR ?? 'content');
}

/** A file of the pipeline's datasets folder (content/data/<name>). */
export function dataFile(name: string, root?: string): string {
  return path.join(contentDir(root), 'data', name);
}
