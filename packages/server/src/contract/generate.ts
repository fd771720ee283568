// `npm run contract`: regenerate the committed OpenAPI document and the web's API types.
import fs from 'node:fs';
import { files, renderContract } from './openapi.ts';

const out = await renderContract();
fs.writeFileSync(files.json, out.json);
fs.writeFileSync(files.types, out.types);
console.log(`wrote ${files.json} and ${files.types}`);
