import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Query parameters as the Platform API reads them. Array parameters arrive repeated
 * (`expand=a&expand=b`, swagger's "multi"), in axios's default form (`expand[]=a`), or
 * comma-joined (`expand=a,b`, what SDK 262 actually sends); all mean the same list.
 */
export class Query {
  constructor(readonly params: URLSearchParams) {}

  get(name: string): string | undefined {
    return this.params.get(name) ?? undefined;
  }

  /** Every value of an array parameter, whichever form it came in. */
  list(name: string): string[] {
    return [...this.params.getAll(name), ...this.params.getAll(`${name}[]`)].flatMap((value) => value.split(',')).filter(Boolean);
  }

  toRecord(): Record<string, string | string[]> {
    const record: Record<string, string | string[]> = {};
    for (const name of new Set(this.params.keys())) {
      const values = this.params.getAll(name);
      record[name] = values.length === 1 && values[0] !== undefined ? values[0] : values;
    }
    return record;
  }
}

/** One request and what the emulator learned about it while answering. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  query: Query;
  correlationId: string;
  /** The signed-in agent, once a token identified one; recorded with the request. */
  userId?: string;
  clientId?: string;
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers);
  res.end();
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    // The login page carries no script; forbid any so an escaping slip cannot run code. (No
    // form-action: browsers apply it to the redirect after the form, i.e. to the app's redirect URI.)
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(302, { ...headers, Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS';
// What the official SDK sends from a browser: its optional app header besides auth and JSON.
const ALLOWED_HEADERS = 'Authorization, Content-Type, Genesys-App';

/**
 * Answers browser requests from any origin, as the real service does for browser apps. Never
 * called for control routes: without these headers a web page cannot read or preflight them.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', 'inin-correlation-id, Retry-After');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
  }
}

/** `key=value` pairs of the Cookie header. */
export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0) cookies.set(part.slice(0, separator).trim(), part.slice(separator + 1).trim());
  }
  return cookies;
}
