/** A route's method and path pattern, with `:name` segments captured as parameters. */
export interface Route<H> {
  method: string;
  pattern: string;
  handler: H;
}

export interface RouteMatch<H> {
  route: Route<H>;
  params: Record<string, string>;
}

interface CompiledRoute<H> {
  route: Route<H>;
  regex: RegExp;
  names: string[];
}

/** Finds the route for a method and path; path parameters arrive percent-decoded. */
export class RouteTable<H> {
  private readonly compiled: CompiledRoute<H>[];

  constructor(routes: readonly Route<H>[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.pattern
        .split('/')
        .map((segment) => {
          if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(segment.slice(1));
          return '([^/]+)';
        })
        .join('/');
      return { route, regex: new RegExp(`^${source}/?$`), names };
    });
  }

  match(method: string, path: string): RouteMatch<H> | undefined {
    for (const { route, regex, names } of this.compiled) {
      if (route.method !== method) continue;
      const found = regex.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '');
      });
      return { route, params };
    }
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
