import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { ROOT_DIR } from '../paths';

export const CLIENT_DIST_DIR = path.join(ROOT_DIR, 'client/dist');

/** Paths the API owns: the client's fallback must never answer for them, even when their route is added later. */
const API_PREFIXES = /^\/(graphql|healthz|readyz|metrics|exports|imports)(\/|$)/;

/**
 * Serves the built web client (client/dist) at `/`: hashed assets cached for a year, and index.html for every other
 * GET that wants HTML, so the client's routes (/hall, /challenges/…) survive a reload. Checked per request, so a
 * build made after start-up is picked up; without a build the page says how to make one.
 */
export function serveClient(app: Express, dir = CLIENT_DIST_DIR) {
  const indexFile = path.join(dir, 'index.html');
  app.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    // An asset of an older build: a plain 404, never index.html in place of a script.
    (_req: express.Request, res: express.Response) => void res.status(404).type('text/plain').send('Not found\n'),
  );
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    if (!fs.existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web client is not built yet: run `npm run client:build` (npm start does it by itself).\n');
      return;
    }
    // index.html names the current hashed assets: it must be revalidated on every visit.
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
}
