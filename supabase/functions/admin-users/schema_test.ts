import assert from 'node:assert/strict';
import { actionBody, listQuery } from './schema.ts';

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
