// The committed contract matches the routes: a route, schema or permission changed without
// `npm run contract` fails here, so the web client's types never drift from the server.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { files, renderContract } from './openapi.ts';

describe('server–web contract', () => {
  it('openapi.json and openapi.d.ts are what the routes produce (run `npm run contract`)', async () => {
    const out = await renderContract();
    assert.equal(fs.readFileSync(files.json, 'utf8'), out.json, 'openapi.json is stale: run `npm run contract`');
    assert.equal(fs.readFileSync(files.types, 'utf8'), out.types, 'openapi.d.ts is stale: run `npm run contract`');
  });
});
