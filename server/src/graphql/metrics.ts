import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';

/** Prometheus metrics of one server instance; scraped at GET /metrics. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'jiebang_graphql_requests_total',
    help: 'GraphQL operations handled, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'jiebang_graphql_request_duration_seconds',
    help: 'GraphQL operation latency, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'jiebang_graphql_errors_total',
    help: 'Errors returned to clients, by code',
    labelNames: ['code'] as const,
    registers: [registry],
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, response }) {
          // Anonymous or unparsable operations share a label: label values must stay few.
          const labels = { operation: operationName ?? (operation ? 'anonymous' : 'invalid'), type: operation?.operation ?? 'unknown' };
          requests.inc(labels);
          duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
            }
          }
        },
      };
    },
  };
  return { registry, plugin, errors };
}

export type Metrics = ReturnType<typeof createMetrics>;
