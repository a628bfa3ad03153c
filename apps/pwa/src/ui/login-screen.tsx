import { type FormEvent, useState } from 'react';
import { formatDateTime } from './labels.ts';
import { useServices } from './services-context.ts';
import { useOnlineStatus } from './use-online-status.ts';

export interface LoginScreenProps {
  /** The last user's name, when the session expired. */
  username?: string;
  /** Why the login is asked for again, shown above the form. */
  notice?: string;
  onLoggedIn: () => void;
  onCancel?: () => void;
}

/**
 * 登录 — needs the network once; afterwards the app works offline. Records captured before
 * an expired session are kept and sent after this login.
 */
export function LoginScreen(props: LoginScreenProps) {
  const { session } = useServices();
  const online = useOnlineStatus();
  const [username, setUsername] = useState(props.username ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (username.trim() === '' || password === '') {
      setError('请输入用户名和密码');
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await session.login(username.trim(), password);
    setBusy(false);
    if (outcome.ok) {
      setPassword('');
      props.onLoggedIn();
      return;
    }
    const until = outcome.lockedUntil;
    setError(
      until === undefined
        ? outcome.message
        : `${outcome.message}（${formatDateTime(until)} 后可再试）`,
    );
  }

  return (
    <main className="screen login-screen">
      <div className="login-brand">
        <img src="/icon-192.png" alt="" width={72} height={72} />
        <h1>绩效 · 外勤采集</h1>
        <p>待遇领取资格核实与满意度调查</p>
      </div>
      {props.notice === undefined ? null : <p className="banner warning">{props.notice}</p>}
      {online ? null : (
        <p className="banner warning">当前没有网络。登录需要联网，登录后可离线使用。</p>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="login-username">用户名</label>
          <input
            id="login-username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">密码</label>
          <input
            id="login-password"
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
          />
        </div>
        {error === null ? null : (
          <p className="banner error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
        {props.onCancel === undefined ? null : (
          <button type="button" className="button secondary" onClick={props.onCancel}>
            暂不登录，继续离线采集
          </button>
        )}
      </form>
    </main>
  );
}
