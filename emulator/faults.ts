import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { ApiError, errorBody, standardError } from './errors';
import { sendJson, type Exchange } from './http';

/**
 * A failure to inject into matching API or OAuth requests (never control requests). Latency
 * delays the request; then at most one of `dropConnection`, `malformedBody` or `status` decides
 * the answer. A fault with only latency lets the request through, late.
 */
export interface FaultSpec {
  /** Any method when absent. */
  method?: string;
  /** Matches paths that start with it, e.g. `/api/v2/externalcontacts/reversewhitepageslookup`. */
  pathPrefix: string;
  /** Answer with this status and a Genesys error body. */
  status?: number;
  /** Error code and message for the body; the status's usual ones when absent. */
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
  latencyMs?: number;
  /** Answer with a body that is not JSON (status 200 unless `status` is given). */
  malformedBody?: boolean;
  /** Close the socket without answering. */
  dropConnection?: boolean;
  /** How many requests it applies to; every matching request when absent. */
  count?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  /** Requests it has applied to so far. */
  hits: number;
}

export class FaultList {
  private faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, method: spec.method?.toUpperCase(), id: randomUUID(), hits: 0 };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching the request, counted as applied; used-up faults are removed. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (candidate) => (candidate.method === undefined || candidate.method === method) && path.startsWith(candidate.pathPrefix),
    );
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.count !== undefined && fault.hits >= fault.count) {
      this.faults = this.faults.filter((candidate) => candidate !== fault);
    }
    return { ...fault };
  }
}

/**
 * Applies a fault to a request. Returns false when the request should still be answered
 * normally (a latency-only fault).
 */
export async function applyFault(exchange: Exchange, fault: Fault): Promise<boolean> {
  const { res } = exchange;
  if (fault.latencyMs !== undefined) await delay(fault.latencyMs);
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
  if (fault.dropConnection) {
    exchange.req.socket.destroy();
    return true;
  }
  if (fault.malformedBody) {
    // What a proxy's error page looks like to a client that expects JSON.
    res.writeHead(fault.status ?? 200, { ...headers, 'Content-Type': 'application/json' });
    res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    return true;
  }
  if (fault.status === undefined) return false;
  const usual = standardError(fault.status);
  const error = new ApiError(fault.status, fault.code ?? usual.code, fault.message ?? usual.message, [], headers);
  sendJson(res, fault.status, errorBody(error, exchange.correlationId), headers);
  return true;
}
