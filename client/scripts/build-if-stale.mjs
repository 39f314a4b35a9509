#!/usr/bin/env node
// Builds the web client (vite build → client/dist) unless the last build is newer than every input.
// Used by `npm start`, `npm test` and the browser tests. Exit code 0 when dist is fresh, non-zero when the build failed.
// FORCE=1 rebuilds anyway.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const clientDir = path.resolve(import.meta.dirname, '..');
const rootDir = path.dirname(clientDir);
const distDir = path.join(clientDir, 'dist');
// Written last by a successful build: a half-written dist (build killed) never counts as fresh.
const stamp = path.join(distDir, '.build-stamp');
const lockDir = path.join(clientDir, '.build-lock');

const inputs = [
  path.join(clientDir, 'src'),
  path.join(clientDir, 'public'),
  path.join(clientDir, 'index.html'),
  path.join(clientDir, 'vite.config.mts'),
  path.join(rootDir, 'package-lock.json'),
];

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function isFresh() {
  if (process.env.FORCE === '1') return false;
  try {
    return fs.statSync(stamp).mtimeMs >= Math.max(...inputs.map(newestMtime));
  } catch {
    return false;
  }
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Two test workers (or a test and npm start) must not write client/dist at the same time. */
function withLock(fn) {
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs;
      // A build takes well under 5 minutes; an older lock was left by a killed process.
      if (age > 5 * 60_000) fs.rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() - started > 10 * 60_000) throw new Error(`client build lock ${lockDir} held for too long`);
      else sleep(250);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Builds into a fresh directory and swaps it in with two renames, keeping the previous build's hashed assets for a
 * day: a page loaded before the swap (a test's browser, a user's tab) can still fetch its lazy chunks.
 */
function buildAndSwap() {
  const next = path.join(clientDir, '.dist-next');
  const old = path.join(clientDir, '.dist-old');
  fs.rmSync(next, { recursive: true, force: true });
  fs.rmSync(old, { recursive: true, force: true });
  const vite = path.join(rootDir, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join(clientDir, 'vite.config.mts'), '--outDir', next, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: rootDir, stdio: 'inherit' },
  );
  if (result.status !== 0) return result.status ?? 1;
  const previousAssets = path.join(distDir, 'assets');
  if (fs.existsSync(previousAssets)) {
    const dayAgo = Date.now() - 24 * 3600_000;
    for (const name of fs.readdirSync(previousAssets)) {
      const from = path.join(previousAssets, name);
      const to = path.join(next, 'assets', name);
      if (!fs.existsSync(to) && fs.statSync(from).mtimeMs > dayAgo) fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
    }
  }
  fs.writeFileSync(path.join(next, '.build-stamp'), new Date().toISOString());
  if (fs.existsSync(distDir)) fs.renameSync(distDir, old);
  fs.renameSync(next, distDir);
  fs.rmSync(old, { recursive: true, force: true });
  return 0;
}

const status = withLock(() => {
  if (isFresh()) return 0;
  const begin = Date.now();
  process.stdout.write('Building the web client (client/dist)...\n');
  const code = buildAndSwap();
  if (code !== 0) return code;
  process.stdout.write(`Web client built in ${((Date.now() - begin) / 1000).toFixed(1)} s.\n`);
  return 0;
});
process.exit(status);
