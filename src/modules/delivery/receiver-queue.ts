/**
 * Hands out a round's webhook sends to the fan-out's workers with at most `perReceiver` in
 * flight to any one receiver (scheme, host and port of the URL). A receiver that is slow or
 * times out then holds a few workers, not all of them, while the other members' receivers are
 * served; and no member's endpoint gets the exchange's whole concurrency at once. Receivers
 * take turns in the order they first appear, so one with many subscriptions does not starve
 * the rest.
 */
export class ReceiverQueue<T> {
  private readonly pending = new Map<string, T[]>();
  private readonly inFlight = new Map<string, number>();
  private readonly waiting: (() => void)[] = [];

  constructor(
    items: readonly T[],
    private readonly receiverOf: (item: T) => string,
    private readonly perReceiver: number,
  ) {
    for (const item of items) {
      const receiver = receiverOf(item);
      const queue = this.pending.get(receiver);
      if (queue) queue.push(item);
      else this.pending.set(receiver, [item]);
    }
  }

  /** The next item whose receiver has room; waits while every receiver with items is full; `undefined` when none is left. */
  async take(): Promise<T | undefined> {
    for (;;) {
      if (this.pending.size === 0) return undefined;
      for (const [receiver, queue] of this.pending) {
        const busy = this.inFlight.get(receiver) ?? 0;
        if (busy >= this.perReceiver) continue;
        const item = queue.shift()!;
        this.inFlight.set(receiver, busy + 1);
        // Round robin: the receiver goes to the back of the line.
        this.pending.delete(receiver);
        if (queue.length > 0) this.pending.set(receiver, queue);
        return item;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Marks a taken item finished (sent or failed), making room at its receiver. */
  done(item: T): void {
    const receiver = this.receiverOf(item);
    this.inFlight.set(receiver, (this.inFlight.get(receiver) ?? 1) - 1);
    for (const wake of this.waiting.splice(0)) wake();
  }
}

/** The receiver a webhook URL posts to: its origin (an unparsable URL is a receiver of its own). */
export function receiverOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
