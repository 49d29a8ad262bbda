/**
 * A TCP proxy between relgraph and MariaDB on loopback (§4.0 "fault proxy"): it passes bytes
 * through, and on demand cuts a connection right after forwarding a `COMMIT` and before relaying
 * its reply (an ambiguous commit, F8), or stops forwarding without closing (half-open, F9).
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

const COM_QUERY = 0x03;

interface Link {
  readonly client: Socket;
  readonly server: Socket;
  stalled: boolean;
  /** A COMMIT was forwarded: drop its reply and close both sides. */
  cutOnReply: boolean;
}

export class FaultProxy {
  readonly #target: { host: string; port: number };
  readonly #links = new Set<Link>();
  #server: Server | undefined;
  /** How many upcoming COMMITs to cut. */
  cutCommits = 0;
  /** Commits cut so far. */
  cuts = 0;
  /** New connections are stalled too. */
  stallNew = false;

  constructor(target: { host: string; port: number }) {
    this.#target = target;
  }

  async listen(): Promise<number> {
    this.#server = createServer((client) => this.#accept(client));
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', () => resolve()));
    const address = this.#server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  /** Stops forwarding on every open connection, without closing any (F9). */
  stallAll(): void {
    for (const link of this.#links) link.stalled = true;
  }

  /** Ends the stall: stalled connections are closed, new ones pass again. */
  heal(): void {
    this.stallNew = false;
    for (const link of this.#links) {
      if (link.stalled) {
        link.client.destroy();
        link.server.destroy();
      }
    }
  }

  async close(): Promise<void> {
    for (const link of this.#links) {
      link.client.destroy();
      link.server.destroy();
    }
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  #accept(client: Socket): void {
    const server = connect(this.#target.port, this.#target.host);
    const link: Link = { client, server, stalled: this.stallNew, cutOnReply: false };
    this.#links.add(link);
    let pending = Buffer.alloc(0);
    const drop = () => {
      client.destroy();
      server.destroy();
      this.#links.delete(link);
    };
    client.on('data', (chunk: Buffer) => {
      if (link.stalled) return;
      pending = Buffer.concat([pending, chunk]);
      // Forward whole packets only, so that a COMMIT can be seen before it goes out.
      while (pending.length >= 4) {
        const length = pending.readUIntLE(0, 3);
        if (pending.length < 4 + length) break;
        const packet = pending.subarray(0, 4 + length);
        pending = pending.subarray(4 + length);
        server.write(packet);
        const isCommit = length > 1 && packet[4] === COM_QUERY && packet.subarray(5).toString('utf8').trim().toUpperCase() === 'COMMIT';
        if (isCommit && this.cutCommits > 0) {
          this.cutCommits -= 1;
          link.cutOnReply = true;
        }
      }
    });
    server.on('data', (chunk: Buffer) => {
      if (link.stalled) return;
      if (link.cutOnReply) {
        this.cuts += 1;
        drop();
        return;
      }
      client.write(chunk);
    });
    client.on('close', drop);
    server.on('close', drop);
    client.on('error', drop);
    server.on('error', drop);
  }
}
