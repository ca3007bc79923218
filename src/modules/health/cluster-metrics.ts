import cluster, { type Worker } from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * /metrics with several service processes (PROCESSES > 1): a scrape reaches one process, which
 * asks the primary; the primary collects the registry of every process that is serving and
 * answers with the sums (prom-client's aggregation), so Prometheus sees the whole service
 * whichever process it reached. A process still starting is not waited for.
 */
const ASK = 'shieldshare:metrics-ask';
const ANSWER = 'shieldshare:metrics-answer';
const COLLECT = 'shieldshare:metrics-collect';
const LOCAL = 'shieldshare:metrics-local';
const COLLECT_TIMEOUT_MS = 2_000;
const ASK_TIMEOUT_MS = COLLECT_TIMEOUT_MS + 1_000;

interface MetricsMessage {
  type: string;
  id: string;
  text?: string;
  metrics?: object[];
  error?: string;
}

/** In a service process: hands this registry to the primary's collections. */
export function shareRegistry(registry: Registry): void {
  process.on('message', (message: MetricsMessage) => {
    if (message?.type !== COLLECT) return;
    registry.getMetricsAsJSON().then(
      (metrics) => process.send?.({ type: LOCAL, id: message.id, metrics }),
      (error: Error) => process.send?.({ type: LOCAL, id: message.id, error: error.message }),
    );
  });
}

/** In a service process: the whole service's metrics text, from the primary. */
export function clusterMetricsText(): Promise<string> {
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const onMessage = (message: MetricsMessage) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      finish();
      if (message.text !== undefined) resolve(message.text);
      else reject(new Error(`metrics of the other processes unavailable: ${message.error ?? 'no answer'}`));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error('metrics of the other processes unavailable: the primary did not answer'));
    }, ASK_TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      process.off('message', onMessage);
    };
    process.on('message', onMessage);
    process.send!({ type: ASK, id });
  });
}

/** In the primary: answers each process's request with the sums over the serving processes. */
export function aggregateMetricsForWorkers(): void {
  const serving = new Set<Worker>();
  const pending = new Map<string, { left: Set<Worker>; metrics: object[]; done: (error: string | null) => void }>();
  cluster.on('listening', (worker) => serving.add(worker));
  cluster.on('exit', (worker) => {
    serving.delete(worker);
    for (const collection of pending.values()) if (collection.left.delete(worker) && collection.left.size === 0) collection.done(null);
  });
  cluster.on('message', (worker, message: MetricsMessage) => {
    if (message?.type === LOCAL) {
      const collection = pending.get(message.id);
      if (!collection) return;
      if (message.error) return collection.done(message.error);
      collection.metrics.push(message.metrics!);
      if (collection.left.delete(worker) && collection.left.size === 0) collection.done(null);
      return;
    }
    if (message?.type !== ASK) return;
    const id = randomUUID();
    const reply = (answer: { text?: string; error?: string }) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, ...answer });
    const timer = setTimeout(() => done('a service process did not answer in time'), COLLECT_TIMEOUT_MS);
    const done = (error: string | null) => {
      if (!pending.delete(id)) return;
      clearTimeout(timer);
      if (error) return reply({ error });
      AggregatorRegistry.aggregate(collection.metrics as never)
        .metrics()
        .then((text) => reply({ text }), (e: Error) => reply({ error: e.message }));
    };
    const collection = { left: new Set([...serving].filter((w) => w.isConnected())), metrics: [] as object[], done };
    pending.set(id, collection);
    for (const target of collection.left) target.send({ type: COLLECT, id });
  });
}

/** Whether this process is one of several service processes. */
export function inCluster(): boolean {
  return cluster.isWorker;
}
