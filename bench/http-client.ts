// A minimal keep-alive HTTP client for the latency benchmark (node:http, one connection reused), so the
// client side adds as little as possible to what is measured: request out, whole body in.
import http from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
  setCookie?: string[];
}

export function createHttpClient(baseUrl: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const base = new URL(baseUrl);
  return {
    get(pathAndQuery: string): Promise<HttpResponse> {
      return new Promise((resolve, reject) => {
        const request = http.get(
          {
            agent,
            host: base.hostname,
            port: base.port,
            path: pathAndQuery,
            headers: { accept: 'application/json' },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8'),
                setCookie: response.headers['set-cookie'] ?? [],
              }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
      });
    },
    /** POST a JSON body, with extra headers (Cookie, Origin, X-CSRF-Token…). */
    post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResponse> {
      const payload = JSON.stringify(body);
      return new Promise((resolve, reject) => {
        const request = http.request(
          {
            agent,
            method: 'POST',
            host: base.hostname,
            port: base.port,
            path,
            headers: {
              accept: 'application/json',
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
              ...headers,
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8'),
                setCookie: response.headers['set-cookie'] ?? [],
              }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(payload);
      });
    },
    close(): void {
      agent.destroy();
    },
  };
}
