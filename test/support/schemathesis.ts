// Schemathesis (the OpenAPI fuzzer, from PyPI) in a virtual environment at `.venv-fuzz/` (gitignored):
// created with `python3 -m venv` and the pinned version installed by pip when missing or another version.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const SCHEMATHESIS_VERSION = '4.32.5';
export const VENV = path.resolve(import.meta.dirname, '../../.venv-fuzz');
export const ST = path.join(VENV, 'bin', 'st');
/** The run's settings: the one widened check, with its reason. */
export const SCHEMATHESIS_CONFIG = path.resolve(import.meta.dirname, 'schemathesis.toml');

function installedVersion(): string | null {
  if (!fs.existsSync(ST)) return null;
  const out = spawnSync(ST, ['--version'], { encoding: 'utf8' });
  return out.status === 0 ? (out.stdout.match(/version (\S+)/)?.[1] ?? null) : null;
}

/** Makes sure `.venv-fuzz/bin/st` is schemathesis SCHEMATHESIS_VERSION; returns the path of `st`. */
export function ensureSchemathesis(log: (line: string) => void = () => {}): string {
  if (installedVersion() === SCHEMATHESIS_VERSION) return ST;
  const run = (command: string, args: string[]) => {
    log(`${command} ${args.join(' ')}`);
    const out = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (out.status !== 0) {
      throw new Error(`${command} ${args.join(' ')} failed (${out.status}): ${out.stderr || out.stdout}`);
    }
  };
  if (!fs.existsSync(path.join(VENV, 'bin', 'pip'))) run('python3', ['-m', 'venv', VENV]);
  run(path.join(VENV, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]);
  const version = installedVersion();
  if (version !== SCHEMATHESIS_VERSION)
    throw new Error(`schemathesis ${version} installed, not ${SCHEMATHESIS_VERSION}`);
  return ST;
}
