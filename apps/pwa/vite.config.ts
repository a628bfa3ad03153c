import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** 主题色 — the header and the phone's status bar; white text on it passes WCAG AAA. */
const THEME_COLOR = '#0b3d91';
const BACKGROUND_COLOR = '#ffffff';

/** The libraries every screen needs, as pnpm names their folders (@urql/core → @urql+core). */
const VENDOR_NAMES = [
  'react',
  'react-dom',
  'scheduler',
  'dexie',
  'zod',
  '@urql+core',
  'wonka',
  '@0no-co+graphql.web',
  'workbox-window',
];
const escaped = VENDOR_NAMES.map((name) => name.replace(/[.+]/g, (char) => `\\${char}`));
const VENDOR_PACKAGES = new RegExp(
  `[\\\\/]node_modules[\\\\/]\\.pnpm[\\\\/](${escaped.join('|')})@`,
);

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // A new version activates at once (skipWaiting + clientsClaim). The page registers the
      // worker itself (src/browser/service-worker-registration.ts) so that it can hold the reload
      // while a form is open.
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['favicon-32.png', 'apple-touch-icon.png'],
      manifest: {
        name: '绩效 · 外勤采集',
        short_name: '绩效外勤',
        description: '乡镇社保经办人员离线核实待遇领取人员、开展满意度调查',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The app shell: the built JS, CSS and HTML (the icons and the manifest are added by
        // the plugin from includeAssets and manifest). Data never goes through the worker's
        // caches: it lives in IndexedDB (src/offline/local-database.ts), so there is no
        // runtimeCaching and /graphql always goes to the network.
        globPatterns: ['**/*.{js,css,html}'],
        // The county dashboard (a lazy chunk named after src/dashboard/dashboard-screen.tsx) and
        // its printable pages (src/dashboard/print/print-view.tsx) are not precached: the field
        // workers' phones never download them, and they need the network for their data anyway.
        globIgnores: ['**/dashboard-screen-*', '**/print-view-*'],
        navigateFallback: '/index.html',
        // A form download (GET /exports/<token>, a link with a download attribute) reaches the
        // worker as a navigation: it must go to the server, not get the app's page.
        navigateFallbackDenylist: [/^\/graphql/, /^\/exports\//],
        cleanupOutdatedCaches: true,
        // What registerType 'autoUpdate' sets only when the plugin injects the registration.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  // The API, and the signed form downloads it links to (GET /exports/<token>).
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/exports': 'http://localhost:4000' },
  },
  preview: {
    proxy: { '/graphql': 'http://localhost:4000', '/exports': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    rolldownOptions: {
      treeshake: {
        // @jixiao/domain is pure (no I/O, nothing runs on import) but does not say so in its
        // package.json: without this the whole package (decimal.js and all) lands in the
        // capture bundle although only the capture validators are used.
        moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          // The libraries in a chunk of their own: an app update then downloads only the
          // app's code. pinyin-pro stays out (it is loaded only to store a roster).
          groups: [{ name: 'vendor', test: VENDOR_PACKAGES }],
        },
      },
    },
  },
});
