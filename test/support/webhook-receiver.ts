import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered. */
  status: number;
}

/**
 * A webhook receiver on 127.0.0.1 (real sockets): records every request and answers, after
 * `delayMs`, with the status `respond` picks for the nth request (1-based); 200 by default.
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  respond: (n: number, req: Omit<ReceivedRequest, 'status'>) => number = () => 200;
  delayMs = 0;
  /** Requests being answered now, and the most there were at once. */
  inFlight = 0;
  peakInFlight = 0;
  private server: Server | null = null;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      this.peakInFlight = Math.max(this.peakInFlight, ++this.inFlight);
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        setTimeout(() => {
          this.inFlight--;
          const received = { at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
          const status = this.respond(this.requests.length + 1, received);
          this.requests.push({ ...received, status });
          res.statusCode = status;
          res.end();
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook`;
  }

  /** Requests answered 2xx so far. */
  get accepted(): ReceivedRequest[] {
    return this.requests.filter((r) => r.status < 300);
  }

  async waitFor(predicate: (requests: ReceivedRequest[]) => boolean, timeoutMs = 20_000, what = 'webhook requests'): Promise<ReceivedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.requests)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (got ${this.requests.length})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.requests;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
