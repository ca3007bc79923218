/**
 * The webhook sends in flight in this process, overall and per receiver (scheme, host and port
 * of the URL). Shared by every fan-out round and retry, so the caps hold however many of them
 * overlap: a round stuck on a receiver that times out keeps its few slots there while the next
 * publication's round serves everyone else with the rest.
 */
export class SendSlots {
  private readonly perReceiverInFlight = new Map<string, number>();
  private total = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly overall: number,
    private readonly perReceiver: number,
  ) {}

  get full(): boolean {
    return this.total >= this.overall;
  }

  /** Takes a slot at `receiver` if it and the process have room. */
  tryTake(receiver: string): boolean {
    const busy = this.perReceiverInFlight.get(receiver) ?? 0;
    if (this.full || busy >= this.perReceiver) return false;
    this.perReceiverInFlight.set(receiver, busy + 1);
    this.total++;
    return true;
  }

  release(receiver: string): void {
    const busy = (this.perReceiverInFlight.get(receiver) ?? 1) - 1;
    if (busy > 0) this.perReceiverInFlight.set(receiver, busy);
    else this.perReceiverInFlight.delete(receiver);
    this.total--;
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }

  /** Resolves at the next release. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/**
 * Hands out a round's webhook sends to its workers within the process's SendSlots: a receiver
 * that is slow or times out then holds a few workers, not all of them, while the other members'
 * receivers are served; and no member's endpoint gets the exchange's whole concurrency at once.
 * Receivers take turns in the order they first appear, so one with many subscriptions does not
 * starve the rest.
 */
export class ReceiverQueue<T> {
  private readonly pending = new Map<string, T[]>();

  constructor(
    items: readonly T[],
    private readonly receiverOf: (item: T) => string,
    private readonly slots: SendSlots,
  ) {
    for (const item of items) {
      const receiver = receiverOf(item);
      const queue = this.pending.get(receiver);
      if (queue) queue.push(item);
      else this.pending.set(receiver, [item]);
    }
  }

  /** The next item whose receiver has room; waits while none has; `undefined` when none is left. */
  async take(): Promise<T | undefined> {
    for (;;) {
      if (this.pending.size === 0) return undefined;
      if (!this.slots.full) {
        for (const [receiver, queue] of this.pending) {
          if (!this.slots.tryTake(receiver)) continue;
          const item = queue.shift()!;
          // Round robin: the receiver goes to the back of the line.
          this.pending.delete(receiver);
          if (queue.length > 0) this.pending.set(receiver, queue);
          return item;
        }
      }
      await this.slots.changed();
    }
  }

  /** Marks a taken item finished (sent or failed), making room at its receiver. */
  done(item: T): void {
    this.slots.release(this.receiverOf(item));
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
