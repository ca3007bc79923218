import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { AppError } from '../../common/problem/app-error';
import { clusterMetricsText, inCluster, shareRegistry } from './cluster-metrics';

/** The service's Prometheus registry; one per application instance (tests create several). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'shieldshare_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'shieldshare_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    if (inCluster()) shareRegistry(this.registry);
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(status) });
    this.duration.observe({ method, route }, seconds);
  }

  /**
   * This process's metrics, or with several service processes, the sums over all of them (a
   * scrape that cannot have all of them fails with 503 rather than show one process's counts).
   */
  render(): Promise<string> {
    if (!inCluster()) return this.registry.metrics();
    return clusterMetricsText().catch((error: Error) => {
      throw new AppError('METRICS_UNAVAILABLE', error.message);
    });
  }
}
