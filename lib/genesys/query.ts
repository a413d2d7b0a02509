export type QueryValue = string | number | boolean | readonly string[] | undefined;
export type Query = Readonly<Record<string, QueryValue>>;

/**
 * Builds a query string the way the Platform API expects: array parameters (`expand`,
 * `divisionIds`) repeat their name (`expand=a&expand=b`, swagger's "multi" format), and unset
 * values are left out.
 */
export function toSearchParams(query: Query = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      params.append(name, String(value));
    } else {
      for (const item of value) params.append(name, item);
    }
  }
  return params;
}
