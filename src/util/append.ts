// `target.push(...items)` passes every item as an argument: past some 100,000
// items V8 throws "Maximum call stack size exceeded". Lists that grow with
// the input (damaged words, records, lines) are appended with this instead.

/** Append `items` to `target` in place; returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
