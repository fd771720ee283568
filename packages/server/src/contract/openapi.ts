// The contract between server and web: the OpenAPI 3.1 document the routes' zod schemas produce,
// committed as packages/web/src/api/openapi.json, and the TypeScript types the web client is typed
// with, generated from it by openapi-typescript into packages/web/src/api/openapi.d.ts.
// `npm run contract` writes both; the unit test contract.test.ts fails when either has drifted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app.ts';
import { createServices } from '../bootstrap.ts';
import { loadConfig } from '../platform/config.ts';

export const webApi = path.resolve(import.meta.dirname, '../../../web/src/api');
export const files = { json: path.join(webApi, 'openapi.json'), types: path.join(webApi, 'openapi.d.ts') };

/** The document as the running server would publish it (an empty in-memory database suffices). */
export async function buildOpenApi(): Promise<Record<string, unknown>> {
  const config = loadConfig(
    {},
    { logLevel: 'silent', demo: 'off', secret: 'contract-contract-contract-contract-0000', dataDir: path.join(os.tmpdir(), 'shishi-contract') },
  );
  const s = await createServices(config, { memory: true, demoMode: false });
  try {
    const app = await buildApp(s, { serveWeb: false });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  } finally {
    await s.jobs.stop();
    await s.database.close();
  }
}

export async function renderTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as never, { alphabetize: true });
  return `// Generated from openapi.json by \`npm run contract\`: do not edit.\n${astToString(ast)}`;
}

export async function renderContract() {
  const doc = await buildOpenApi();
  return { json: `${JSON.stringify(doc, null, 2)}\n`, types: await renderTypes(doc) };
}
