import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReceiverQueue, receiverOf, SendSlots } from './receiver-queue';

interface Item {
  url: string;
  ms: number;
}

/** In-flight counts seen by the fake sends: per receiver and overall, now and at their peak. */
class Probe {
  readonly now = new Map<string, number>();
  readonly peak = new Map<string, number>();
  total = 0;
  peakTotal = 0;
  readonly order: Item[] = [];

  async send(item: Item): Promise<void> {
    const r = receiverOf(item.url);
    this.now.set(r, (this.now.get(r) ?? 0) + 1);
    this.peak.set(r, Math.max(this.peak.get(r) ?? 0, this.now.get(r)!));
    this.peakTotal = Math.max(this.peakTotal, ++this.total);
    await new Promise((resolve) => setTimeout(resolve, item.ms));
    this.now.set(r, this.now.get(r)! - 1);
    this.total--;
    this.order.push(item);
  }
}

/** Runs `workers` workers over a queue of `items` within `slots`, as the dispatcher's sendAll does. */
async function round(items: Item[], workers: number, slots: SendSlots, probe: Probe): Promise<void> {
  const queue = new ReceiverQueue(items, (i) => receiverOf(i.url), slots);
  const worker = async () => {
    for (let item = await queue.take(); item; item = await queue.take()) {
      try {
        await probe.send(item);
      } finally {
        queue.done(item);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

async function drain(items: Item[], workers: number, perReceiver: number): Promise<{ order: Item[]; peak: Map<string, number> }> {
  const probe = new Probe();
  await round(items, workers, new SendSlots(workers, perReceiver), probe);
  return probe;
}

describe('ReceiverQueue', () => {
  it('keeps at most perReceiver sends in flight per receiver, and a slow receiver does not hold the others back', async () => {
    const slow = Array.from({ length: 12 }, (_, i) => ({ url: `https://slow.example/hook/${i}`, ms: 60 }));
    const fast = Array.from({ length: 12 }, (_, i) => ({ url: `https://fast.example:8443/h?s=${i}`, ms: 1 }));
    const { order, peak } = await drain([...slow, ...fast], 8, 2);
    assert.equal(order.length, 24);
    assert.equal(peak.get('https://slow.example'), 2);
    assert.equal(peak.get('https://fast.example:8443'), 2);
    // Every fast send finished before the slow receiver's second pair did.
    const lastFast = Math.max(...fast.map((f) => order.indexOf(f)));
    assert.ok(lastFast < fast.length + 2, `the last fast send finished at position ${lastFast}`);
  });

  it('lets every receiver take its turn', async () => {
    const queue = new ReceiverQueue(['a1', 'a2', 'a3', 'b1', 'c1', 'c2'], (s) => s[0]!, new SendSlots(10, 10));
    const taken: string[] = [];
    for (let s = await queue.take(); s; s = await queue.take()) taken.push(s);
    assert.deepEqual(taken, ['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });

  it('makes a waiting worker retry when room is made, and end when nothing is left', async () => {
    const queue = new ReceiverQueue(['a1', 'a2'], () => 'a', new SendSlots(10, 1));
    const first = await queue.take();
    let second: string | undefined | null = null;
    const waiting = queue.take().then((s) => (second = s));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(second, null, 'a second send to a full receiver must wait');
    queue.done(first!);
    await waiting;
    assert.equal(second, 'a2');
    queue.done('a2');
    assert.equal(await queue.take(), undefined);
  });

  it('keeps the caps across overlapping rounds: a round stuck on a slow receiver leaves the rest of the slots to the next', async () => {
    const slots = new SendSlots(6, 2);
    const probe = new Probe();
    const slow = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `https://slow.example/${i}`, ms: 300 }));
    const fast = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `https://fast${i % 3}.example/${i}`, ms: 1 }));
    const first = round([...slow(4), ...fast(6)], 6, slots, probe);
    await new Promise((resolve) => setImmediate(resolve));
    await round(fast(9), 6, slots, probe);
    const slowDone = () => probe.order.filter((i) => i.url.includes('slow')).length;
    assert.equal(slowDone(), 0, "the next round's sends waited for the slow receiver");
    await Promise.all([first, round(slow(2), 6, slots, probe)]);
    assert.equal(probe.order.length, 21);
    assert.equal(probe.peak.get('https://slow.example'), 2, 'in flight to one receiver, across rounds');
    assert.ok(probe.peakTotal <= 6, `${probe.peakTotal} in flight in all`);
  });

  it('names a receiver by its origin', () => {
    assert.equal(receiverOf('https://Hooks.Example.com/a?b=1'), 'https://hooks.example.com');
    assert.equal(receiverOf('https://hooks.example.com:443/x'), 'https://hooks.example.com');
    assert.notEqual(receiverOf('http://hooks.example.com/x'), receiverOf('https://hooks.example.com/x'));
    assert.equal(receiverOf('not a url'), 'not a url');
  });
});
