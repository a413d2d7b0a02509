/** One API, OAuth or WebSocket upgrade request as the control API reports it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** 0 when the connection was dropped before a response; 101 for an accepted WebSocket upgrade. */
  status: number;
  /** The signed-in agent, when the request carried a user's token. */
  userId?: string;
  clientId?: string;
  correlationId: string;
  timestamp: string;
}
