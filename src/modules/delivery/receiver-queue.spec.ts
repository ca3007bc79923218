import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReceiverQueue, receiverOf } from './receiver-queue';

interface Item {
  url: string;
  ms: number;
}

/** Runs `workers` workers over the queue; each item takes its `ms`. Returns the finish order and the most in flight per receiver. */
async function drain(items: Item[], workers: number, perReceiver: number): Promise<{ order: Item[]; peak: Map<string, number> }> {
  const queue = new ReceiverQueue(items, (i) => receiverOf(i.url), perReceiver);
  const order: Item[] = [];
  const now = new Map<string, number>();
  const peak = new Map<string, number>();
  const worker = async () => {
    for (let item = await queue.take(); item; item = await queue.take()) {
      const r = receiverOf(item.url);
      now.set(r, (now.get(r) ?? 0) + 1);
      peak.set(r, Math.max(peak.get(r) ?? 0, now.get(r)!));
      try {
        await new Promise((resolve) => setTimeout(resolve, item.ms));
      } finally {
        now.set(r, now.get(r)! - 1);
        order.push(item);
        queue.done(item);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { order, peak };
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
    const queue = new ReceiverQueue(['a1', 'a2', 'a3', 'b1', 'c1', 'c2'], (s) => s[0]!, 10);
    const taken: string[] = [];
    for (let s = await queue.take(); s; s = await queue.take()) taken.push(s);
    assert.deepEqual(taken, ['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });

  it('makes a waiting worker retry when room is made, and end when nothing is left', async () => {
    const queue = new ReceiverQueue(['a1', 'a2'], () => 'a', 1);
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

  it('names a receiver by its origin', () => {
    assert.equal(receiverOf('https://Hooks.Example.com/a?b=1'), 'https://hooks.example.com');
    assert.equal(receiverOf('https://hooks.example.com:443/x'), 'https://hooks.example.com');
    assert.notEqual(receiverOf('http://hooks.example.com/x'), receiverOf('https://hooks.example.com/x'));
    assert.equal(receiverOf('not a url'), 'not a url');
  });
});
