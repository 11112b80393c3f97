// Numeric targets (chỉ tiêu). Filled in by the targets stage.
import type { TargetT } from './schema.js';
import type { LineIndex } from './text/lines.js';
export function findTargets(_text: string, _index: LineIndex, _regions: { start: number; end: number }[]): TargetT[] {
  return [];
}
