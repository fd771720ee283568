import { buildApp } from './app.ts';
import { createServices } from './bootstrap.ts';
import { loadConfig, type Config } from './platform/config.ts';
import { loadDemoIfEmpty } from './demo/load-demo.ts';

/** `shishi serve`: migrate, load the demo on an empty database, start the job worker and HTTP. */
export async function serve(config: Config = loadConfig()) {
  const s = await createServices(config);
  s.log.info({ database: s.database.engine, location: s.database.location }, 'database ready');
  if (config.demo === 'on' || config.demo === 'auto') await loadDemoIfEmpty(s, { members: config.demoMembers });
  const app = await buildApp(s);
  await s.jobs.start();
  await app.listen({ port: config.port, host: config.host });
  s.log.info(`Shishi is running: http://localhost:${config.port}  (API docs: /api/docs)`);
  const stop = async () => {
    await app.close();
    await s.jobs.stop();
    await s.database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, services: s };
}
