import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, FORM_SCREENS } from './app.tsx';
import { createAppServices } from './app-services.ts';
import { registerServiceWorker } from './browser/service-worker-registration.ts';
import type { Screen } from './ui/navigation.ts';
import './styles.css';

const services = createAppServices();
let current: Screen['name'] = 'home';

registerServiceWorker({ isBusy: () => FORM_SCREENS.has(current) });

// Ask the browser not to evict the outbox under storage pressure.
void navigator.storage?.persist?.().catch(() => false);

const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <App
      services={services}
      onScreenChange={(screen) => {
        current = screen.name;
      }}
    />
  </StrictMode>,
);
