// The baseline of `npm run bench:live`: the barest Server-Sent Events broadcast Node can do, in its own
// process (so its memory is read alone). GET /stream keeps the response open; POST /publish writes the
// posted body as one `change` message to every open stream and answers 204 once written. No database, no
// visibility, no framework: what any SSE fan-out costs on this machine. `node --import tsx
// bench/bare-sse-server.ts <port>`.
import http from 'node:http';

const port = Number(process.argv[2]);
const streams = new Set<http.ServerResponse>();
let position = 0;

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stream') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write('retry: 3000\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
    return;
  }
  if (req.method === 'POST' && req.url === '/publish') {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      position += 1;
      const frame = `id: ${position}\nevent: change\ndata: ${Buffer.concat(chunks).toString('utf8')}\n\n`;
      for (const stream of streams) stream.write(frame);
      res.writeHead(204).end();
    });
    return;
  }
  if (req.url === '/ready') return void res.writeHead(200).end('ok');
  res.writeHead(404).end();
});
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => {
  for (const stream of streams) stream.destroy();
  server.close(() => process.exit(0));
});
