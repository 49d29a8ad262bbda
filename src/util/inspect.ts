/** Prints a value for an error message: strings quoted, objects shallow, functions by name. */

/**
 * @example
 * inspect('left')        // '"left"'
 * inspect(42)            // '42'
 * inspect({ id: 1 })     // '{ id: 1 }'
 * inspect(() => Child)   // '[function]'
 */
export function inspect(value: unknown): string {
  return formatValue(value, 0);
}

function formatValue(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'function':
      return value.name ? `[function ${value.name}]` : '[function]';
    case 'bigint':
      return `${value}n`;
    case 'object':
      if (value === null) return 'null';
      if (value instanceof Date) return value.toISOString();
      if (depth > 1) return Array.isArray(value) ? '[Array]' : '[Object]';
      if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, depth + 1)).join(', ')}]`;
      return formatObject(value as Record<string, unknown>, depth);
    default:
      return String(value);
  }
}

function formatObject(object: Record<string, unknown>, depth: number): string {
  const entries = Object.entries(object);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v, depth + 1)}`).join(', ')} }`;
}
