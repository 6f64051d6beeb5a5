import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createLogger, defineConfig, type Plugin } from 'vite';

const backend = process.env.SENDHUB_BACKEND_URL ?? 'http://localhost:8080';
const govukAssets = fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url));

const contentTypes: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

// govuk-frontend's precompiled CSS points at /assets/fonts and /assets/images: serve them from
// the package in development and copy them next to the built app, so they are never vendored.
function govukAssetsPlugin(): Plugin {
  return {
    name: 'sendhub-govuk-assets',
    configureServer(server) {
      server.middlewares.use('/assets', (req, res, next) => {
        const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
        const file = join(govukAssets, path);
        if (!file.startsWith(govukAssets) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      cpSync(govukAssets, join(options.dir ?? 'dist', 'assets'), { recursive: true });
    },
  };
}

// Vite 8's minifier warns about each old IE hack it skips in govuk-frontend's CSS; these known
// warnings would hide the ones that matter.
const logger = createLogger();
const warn = logger.warn.bind(logger);
logger.warn = (message, options) => {
  if (message.includes('[lightningcss minify]') && message.includes('govuk-')) return;
  warn(message, options);
};

export default defineConfig({
  base: '/',
  customLogger: logger,
  plugins: [react(), govukAssetsPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  css: {
    // govuk-frontend still carries old IE hacks that Vite 8's CSS minifier rejects.
    lightningcss: { errorRecovery: true },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': backend,
      '/q': backend,
      '/config.json': backend,
      '/openreferral': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // govuk-frontend's CSS points at its fonts and images under /assets: left as they are,
      // they are copied there by the plugin above.
      external: [/^\/assets\/(fonts|images)\//],
      // The libraries change less often than the app: a chunk of their own stays cached
      // across releases (and keeps each chunk under Vite's 500 kB warning).
      output: {
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
});
