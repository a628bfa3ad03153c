// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { createAppServices } from './app-services.ts';
import { FIXTURE_TOWNSHIP, generateRoster } from './offline/roster-fixture.ts';
import { FakeGraphqlServer, WORKER, WORKER_PASSWORD } from './testing/fake-graphql-server.ts';

const WAIT = { timeout: 5_000 };

beforeEach(() => {
  window.scrollTo = () => undefined;
  window.history.replaceState(null, '');
});

afterEach(cleanup);

function start() {
  const server = new FakeGraphqlServer({ roster: { [FIXTURE_TOWNSHIP]: generateRoster(50) } });
  const services = createAppServices({
    databaseName: `app-${crypto.randomUUID()}`,
    fetch: server.fetch,
  });
  render(<App services={services} />);
  return { server, services };
}

async function logIn() {
  fireEvent.change(await screen.findByLabelText('用户名', {}, WAIT), {
    target: { value: WORKER.username },
  });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: WORKER_PASSWORD } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
  await screen.findByText(/阿依古丽，您好/, {}, WAIT);
}

/** From the home screen: downloads the roster and saves a verification of the first person. */
async function verifyFirstPerson() {
  await screen.findByRole('option', { name: '莎车镇' }, WAIT);
  fireEvent.click(screen.getByRole('button', { name: '下载花名册和问卷' }));
  await screen.findByText('花名册已更新：收到 50 人', {}, WAIT);
  fireEvent.click(screen.getByRole('button', { name: '核实待遇领取人员' }));
  const search = await screen.findByLabelText('查找要核实的人员', {}, WAIT);
  const first = generateRoster(50)[0];
  fireEvent.change(search, { target: { value: first?.idNumber.slice(-6) } });
  const rows = await screen.findAllByRole('button', { name: new RegExp(first?.name ?? '') }, WAIT);
  fireEvent.click(rows[0] as HTMLElement);
  await screen.findByText('✓ 号码有效（校验位正确）', {}, WAIT);
  fireEvent.click(screen.getByRole('radio', { name: '是' }));
  fireEvent.click(screen.getByRole('radio', { name: '上门' }));
  fireEvent.click(screen.getByRole('radio', { name: '在世' }));
  fireEvent.click(screen.getByRole('radio', { name: '符合' }));
  fireEvent.click(screen.getByRole('button', { name: '保存核实记录' }));
  await screen.findByText(/已保存到手机/, {}, WAIT);
  return first;
}

describe('the field app', { timeout: 20_000 }, () => {
  it('logs in, downloads the roster, verifies a person and syncs the record', async () => {
    const { server, services } = start();
    await logIn();
    await verifyFirstPerson();

    // Back on the search screen with the record saved, and synced since the app is online.
    await waitFor(() => expect(server.verifications.size).toBe(1), WAIT);
    const [entry] = await services.db.outbox.toArray();
    await waitFor(async () => {
      expect((await services.db.outbox.get(entry?.id ?? ''))?.status).toBe('accepted');
    }, WAIT);

    fireEvent.click(screen.getByRole('button', { name: /待同步记录/ }));
    const accepted = await screen.findByRole('heading', { name: '已被服务器接收（1）' }, WAIT);
    const list = accepted.parentElement as HTMLElement;
    expect(within(list).getByText('已接收')).toBeTruthy();
    expect(within(list).queryByRole('button', { name: '修改后重新提交' })).toBeNull();
  });

  it('shows a rejected record with the reason, corrects it and resends it', async () => {
    const { server, services } = start();
    server.refusedBeneficiaries.add(generateRoster(50)[0]?.id ?? '');
    await logIn();
    await verifyFirstPerson();
    await waitFor(async () => {
      expect((await services.db.outbox.toArray())[0]?.status).toBe('rejected');
    }, WAIT);

    fireEvent.click(screen.getByRole('button', { name: /待同步记录/ }));
    await screen.findByRole('heading', { name: '需要处理（1）' }, WAIT);
    expect(screen.getByText('该待遇人员不在您负责的乡镇')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '修改后重新提交' }));

    // The form opens with the server's reason under the field it concerns.
    await screen.findByText('修改被退回的核实记录', {}, WAIT);
    expect((await screen.findAllByText('该待遇人员不在您负责的乡镇', {}, WAIT)).length).toBe(1);
    server.refusedBeneficiaries.clear();
    fireEvent.change(screen.getByLabelText('备注（可选）'), { target: { value: '已核对乡镇' } });
    fireEvent.click(screen.getByRole('button', { name: '保存修改并重新提交' }));

    await screen.findByRole('heading', { name: '已被服务器接收（1）' }, WAIT);
    const [entry] = await services.db.outbox.toArray();
    expect(await services.db.outbox.count()).toBe(1);
    expect(server.verifications.get(entry?.id ?? '')?.record).toMatchObject({ note: '已核对乡镇' });
  });

  it('keeps the records and asks for a login when the session has expired', async () => {
    const { server, services } = start();
    await logIn();
    server.expireAccessTokens();
    server.revokeRefreshTokens();
    fireEvent.click(screen.getByRole('button', { name: '下载花名册和问卷' }));
    await screen.findByText('登录已过期，请重新登录后再更新', {}, WAIT);
    await screen.findByRole('button', { name: '重新登录' }, WAIT);
    const session = await services.session.session();
    expect(session.needsLogin).toBe(true);
    expect(session.viewer?.username).toBe(WORKER.username);
  });
});
