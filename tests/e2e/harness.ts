/**
 * Browser-test harness: serves a built `dist/` folder as a static host
 * would (optionally under a base path) and drives Debian's Chromium with
 * playwright-core. `npx playwright install` cannot download browsers
 * here; CHROMIUM_PATH overrides the default /usr/bin/chromium. `openPage`
 * opens a page in a new tab as every browser test does.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticSite {
  /** Origin plus base path, ending in `/`: `http://127.0.0.1:PORT/base/`. */
  url: string;
  /** Bytes served since start (or since `resetBytes`), for transfer measurements. */
  bytes(): number;
  resetBytes(): void;
  close(): Promise<void>;
}

/** What a host compresses when the browser accepts gzip: text (Pagefind's files and `.gz` data are compressed already). */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.md', '.svg']);

/**
 * Serves `root` on 127.0.0.1 under `base` (e.g. `/` or `/ip-policy/`);
 * with `gzip`, text goes out compressed as static hosts send it, and
 * `bytes()` counts what went over the wire.
 */
export async function serveStatic(root: string, base = '/', options: { gzip?: boolean } = {}): Promise<StaticSite> {
  let served = 0;
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    let file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (
      options.gzip &&
      compressible.has(extname(file)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      let body = compressed.get(file);
      if (!body) compressed.set(file, (body = gzipSync(readFileSync(file))));
      served += body.length;
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    const stream = createReadStream(file);
    stream.on('data', (chunk) => (served += chunk.length));
    stream.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    bytes: () => served,
    resetBytes: () => {
      served = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A viewport: its width (900 high), or width and height. */
export type ViewportSize = number | { width: number; height: number };

/**
 * Opens `url` in a new tab at `viewport` and expects it to load with status
 * 200. From a browser the tab gets a context of its own (with `locale` when
 * given); from a context it keeps the context's settings.
 */
export async function openPage(
  from: Browser | BrowserContext,
  url: string,
  viewport: ViewportSize,
  options: { locale?: string } = {},
): Promise<Page> {
  const size = typeof viewport === 'number' ? { width: viewport, height: 900 } : viewport;
  let page: Page;
  if ('newContext' in from) {
    page = await from.newPage({ viewport: size, ...options });
  } else {
    page = await from.newPage();
    await page.setViewportSize(size);
  }
  expect((await page.goto(url))?.status()).toBe(200);
  return page;
}
