import http from 'node:http';
import https from 'node:https';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';

export interface SearchOptions {
  url: string;
  masterKey?: string;
  indexPrefix: string;
}

// Node 20's fetch delayed responses over ~1 KB by ~45 ms here; a keep-alive agent over node:http does not.
const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }) };

/**
 * The client's `httpClient` hook must behave like its own fetch path: return the parsed JSON body, and throw
 * MeilisearchApiError (with Meilisearch's error body as `cause`) for a non-2xx answer.
 */
async function requestWithAgent(input: string | URL | Request, init?: RequestInit): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  const transport = url.protocol === 'https:' ? https : http;
  const body = init?.body == null ? undefined : typeof init.body === 'string' ? init.body : Buffer.from(await new Response(init.body).arrayBuffer());
  const { status, statusText, headers, text } = await new Promise<{ status: number; statusText: string; headers: http.IncomingHttpHeaders; text: string }>(
    (resolve, reject) => {
      const req = transport.request(
        url,
        {
          method: init?.method ?? 'GET',
          headers: Object.fromEntries(new Headers(init?.headers).entries()),
          agent: agents[url.protocol as 'http:' | 'https:'],
          signal: init?.signal ?? undefined,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 500, statusText: res.statusMessage ?? '', headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
          });
          res.on('error', reject);
        },
      );
      req.on('error', (cause) => reject(new MeilisearchRequestError(url.toString(), cause)));
      if (body !== undefined) req.write(body);
      req.end();
    },
  );
  const parsed = text === '' ? undefined : JSON.parse(text);
  if (status < 200 || status >= 300) {
    // Only an error needs a fetch Response (and its Headers, which cost more than a successful search's parsing).
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    throw new MeilisearchApiError(new Response(null, { status, statusText, headers: responseHeaders }), parsed);
  }
  return parsed;
}

/** The search side of the platform: a Meilisearch client and the prefix that namespaces our index uids. */
export class Search {
  readonly client: Meilisearch;

  constructor(readonly options: SearchOptions) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.masterKey, httpClient: requestWithAgent });
  }

  indexUid(name: string): string {
    return `${this.options.indexPrefix}${name}`;
  }

  /** True when Meilisearch answers its health check. */
  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}

/** Waits for a Meilisearch task and throws when it failed (waitTask itself resolves with a failed task). */
export async function settle(pending: { waitTask: (options?: { timeout?: number }) => Promise<{ status: string; error?: { message: string; code: string } | null; uid: number }> }, timeout = 60_000) {
  const task = await pending.waitTask({ timeout });
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
  }
  return task;
}

/**
 * The Meilisearch API error (with its `cause.code`, e.g. `document_not_found`) behind an error of the client.
 * With a custom `httpClient` the client wraps whatever it throws in a MeilisearchRequestError, API errors
 * included, so `instanceof MeilisearchApiError` on the error itself is never true: look through the causes.
 */
export function meilisearchApiError(error: unknown): MeilisearchApiError | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof MeilisearchApiError) return current;
  }
  return null;
}

/**
 * Whether an error means Meilisearch could not answer at all (unreachable, timed out, or an index missing, as
 * after a lost volume before the start-up rebuild), rather than refusing what was asked: the request may
 * succeed later and the client should be told so.
 */
export function isSearchUnavailable(error: unknown): boolean {
  const api = meilisearchApiError(error);
  if (api) return (api.cause as { code?: unknown } | undefined)?.code === 'index_not_found';
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof MeilisearchRequestError || current instanceof MeilisearchRequestTimeOutError) return true;
  }
  return false;
}
