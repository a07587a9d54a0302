// `npm start`: installs what is missing, builds the client, then runs Semis (embedded Neo4j and the demo
// landscape by default). `npm run dev`: the same with the Vite dev server and hot reload.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkNode, ensureClientBuilt, ensurePackages, root, say, tsx } from './prepare.mjs';

checkNode();
ensurePackages();
const dev = process.argv.includes('--dev');
if (!dev) ensureClientBuilt();

// glibc gives each thread that allocates its own malloc arena (up to 8 per core) and keeps what libvips'
// threads freed in them: 2 arenas hold the server's memory after a burst of large photo uploads
// markedly lower (docs/benchmarks.md, upload memory). A value the user set is kept.
const serverEnv = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };

const children = [];
const launch = (command, args, env = {}) => {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  return child;
};

if (dev) {
  const apiPort = process.env.PORT ?? '3000';
  // The Vite dev server (port 5173) proxies /api keeping the browser's Origin: accept it for writes (CSRF).
  launch(tsx, ['watch', '--clear-screen=false', 'seeds-data/start.ts'], {
    ...serverEnv,
    SEMIS_DEV_ORIGINS: process.env.SEMIS_DEV_ORIGINS ?? 'http://localhost:5173,http://127.0.0.1:5173',
  });
  launch(path.join(root, 'node_modules', '.bin', 'vite'), ['--config', 'client/vite.config.ts'], {
    SEMIS_API_PORT: apiPort,
  });
  say(
    'development mode: the Vite dev server (hot reload) prints its address below; the API runs on port ' +
      apiPort,
  );
} else {
  launch(tsx, ['seeds-data/start.ts'], serverEnv);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}
