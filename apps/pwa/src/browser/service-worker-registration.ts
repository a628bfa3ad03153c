import { Workbox } from 'workbox-window';

/**
 * 离线外壳 — registers the service worker that caches the app shell. A new version takes
 * over at once (autoUpdate); the page reloads into it only when no form is open, otherwise
 * when the worker is back on the home screen, so a half-filled form is never lost.
 */

let updateWaiting = false;

export interface ServiceWorkerOptions {
  /** Whether reloading now would lose the worker's input. */
  isBusy: () => boolean;
}

export function registerServiceWorker(options: ServiceWorkerOptions): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('controlling', (event) => {
    if (!event.isUpdate) return;
    if (options.isBusy()) updateWaiting = true;
    else window.location.reload();
  });
  void workbox.register().then((registration) => {
    // Look for a new version every hour while the app stays open.
    if (registration !== undefined) {
      setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
    }
  });
}

/** Reloads into a new version that arrived while a form was open. */
export function applyWaitingUpdate(): void {
  if (updateWaiting) window.location.reload();
}
