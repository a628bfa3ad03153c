import { useCallback, useEffect, useState } from 'react';

/** 页面 — the screens of the field app. */
export type Screen =
  | { name: 'home' }
  | { name: 'login' }
  | { name: 'search' }
  | { name: 'verify'; townshipCode: string; personId: string }
  | { name: 'survey' }
  | { name: 'outbox' }
  | { name: 'edit'; entryId: string };

const HOME: Screen = { name: 'home' };

function screenOf(state: unknown): Screen {
  if (typeof state === 'object' && state !== null && 'screen' in state) {
    return (state as { screen: Screen }).screen;
  }
  return HOME;
}

export interface Navigation {
  screen: Screen;
  /** Opens a screen; the phone's back button returns from it. */
  navigate: (screen: Screen) => void;
  /** Replaces the current screen (after a save: back should not reopen the form). */
  replace: (screen: Screen) => void;
  back: () => void;
}

/** Screens kept in the browser history, so that Android's back button works as expected. */
export function useNavigation(): Navigation {
  const [screen, setScreen] = useState<Screen>(() => screenOf(window.history.state));
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => setScreen(screenOf(event.state));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback((next: Screen) => {
    window.history.pushState({ screen: next }, '');
    setScreen(next);
    window.scrollTo(0, 0);
  }, []);
  const replace = useCallback((next: Screen) => {
    window.history.replaceState({ screen: next }, '');
    setScreen(next);
    window.scrollTo(0, 0);
  }, []);
  const back = useCallback(() => {
    if (window.history.state === null || screenOf(window.history.state).name === 'home') {
      setScreen(HOME);
      return;
    }
    window.history.back();
  }, []);
  return { screen, navigate, replace, back };
}
