// Registries the package exports (codes, tables, formats, the schema) are
// shared by every call in the process: a caller who changes one changes all
// later output. Frozen through and through, they cannot be.

/** Freeze `value` and every object it holds; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && (typeof value === 'object' || typeof value === 'function') && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value as object)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
