/** One API or OAuth request as the control API reports it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** 0 when the connection was dropped before a response. */
  status: number;
  /** The signed-in agent, when the request carried a user's token. */
  userId?: string;
  clientId?: string;
  correlationId: string;
  timestamp: string;
}

/** The most recent requests, oldest first; capped so a long demo does not grow without bound. */
export class RequestLog {
  private entries: RecordedRequest[] = [];

  constructor(private readonly capacity = 2000) {}

  add(entry: RecordedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries = this.entries.slice(-this.capacity);
  }

  list(pathPrefix = ''): RecordedRequest[] {
    return this.entries.filter((entry) => entry.path.startsWith(pathPrefix));
  }

  clear(): void {
    this.entries = [];
  }
}
