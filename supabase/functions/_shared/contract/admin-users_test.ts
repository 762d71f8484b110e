import assert from 'node:assert/strict';
import { actionBody, listQuery } from './admin-users-requests.ts';
import { roleResult, statusResult, userPage } from './admin-users.ts';

const id = '6f1c1a52-3c55-4e3f-9d7e-0b0f3c1d2e4f';

Deno.test('list query strings are coerced and defaulted', () => {
  assert.deepEqual(listQuery.parse({}), { page: 1, page_size: 20 });
  assert.deepEqual(listQuery.parse({ search: ' awa ', page: '3', page_size: '50' }), {
    search: 'awa',
    page: 3,
    page_size: 50,
  });
});

Deno.test('paging out of bounds and unknown parameters are refused', () => {
  for (const query of [{ page: '0' }, { page_size: '101' }, { page: 'abc' }, { sort: 'email' }]) {
    assert.equal(listQuery.safeParse(query).success, false, JSON.stringify(query));
  }
});

Deno.test('actions: suspend, activate and set_role need a user id; set_role a known role', () => {
  assert.deepEqual(actionBody.parse({ action: 'suspend', user_id: id }), { action: 'suspend', user_id: id });
  assert.equal(actionBody.parse({ action: 'set_role', user_id: id, role: 'pro' }).action, 'set_role');
  const refused = [
    { action: 'suspend' },
    { action: 'suspend', user_id: 'not-a-uuid' },
    { action: 'set_role', user_id: id, role: 'superadmin' },
    { action: 'delete', user_id: id },
    { action: 'activate', user_id: id, status: 'active' },
  ];
  for (const body of refused) assert.equal(actionBody.safeParse(body).success, false, JSON.stringify(body));
});

Deno.test('a search over 100 characters is refused with the sentence the screen shows', () => {
  const parsed = listQuery.safeParse({ search: 'a'.repeat(101) });
  assert.equal(parsed.success, false);
  assert.equal(parsed.error?.issues[0].message, '100 caractères au maximum.');
  assert.equal(listQuery.parse({ search: `  ${'a'.repeat(100)}  ` }).search?.length, 100);
});

Deno.test('the answers the function sends are the ones the screen accepts', () => {
  const user = {
    id,
    full_name: 'Awa Ndiaye',
    email: null,
    role: 'candidate',
    status: 'active',
    created_at: '2026-11-20T10:00:00.000Z',
    last_sign_in_at: null,
  };
  assert.deepEqual(userPage.parse({ users: [user], page: 2, page_size: 20, total: null }).users, [user]);
  assert.equal(
    userPage.safeParse({ users: [{ ...user, role: 'superadmin' }], page: 1, page_size: 20, total: 1 }).success,
    false,
  );
  assert.equal(statusResult.safeParse({ user_id: id, status: 'suspended', banned: true }).success, true);
  assert.equal(roleResult.safeParse({ user_id: id, role: 'owner' }).success, false);
});
