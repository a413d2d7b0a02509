import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  /** Absolute URL of a fixture file, e.g. `url('crm-table.html')`. */
  url(path: string): string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the files of `e2e/fixtures` (or `root`) on 127.0.0.1 on a free port. */
export async function startFixtureServer(root = resolve(import.meta.dirname, '../fixtures')): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      const file = join(root, path);
      if (!file.startsWith(root)) return res.writeHead(403).end();
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
