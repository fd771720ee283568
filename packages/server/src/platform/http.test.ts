import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { installErrorHandler, MAX_LISTED_ISSUES } from './http.ts';
import { AppError } from './errors.ts';

describe('the HTTP error edge', () => {
  it('answers an unanticipated unique violation (23505) with 409, not 500', async () => {
    const app = Fastify();
    installErrorHandler(app);
    app.get('/dup', async () => {
      throw Object.assign(new Error('duplicate key value violates unique constraint "x_uq"'), { code: '23505', constraint: 'x_uq' });
    });
    const r = await app.inject({ method: 'GET', url: '/dup' });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, 'duplicate');
    assert.doesNotMatch(r.body, /x_uq/, 'no schema names in the answer');
  });

  it('lists at most 100 issues and counts the rest', async () => {
    const app = Fastify();
    installErrorHandler(app);
    const issues = Array.from({ length: 5000 }, (_, i) => ({ field: `rows[${i}]`, code: 'bad', message: { zh: '错', en: 'bad' } }));
    app.get('/many', async () => {
      throw new AppError(400, 'invalid-input', { zh: '有误', en: 'invalid' }, issues);
    });
    const b = (await app.inject({ method: 'GET', url: '/many' })).json();
    assert.equal(b.errors.length, MAX_LISTED_ISSUES);
    assert.equal(b.errorCount, 5000);
  });
});
