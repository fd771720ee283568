import { buildApp } from './app.ts';
import { createServices } from './bootstrap.ts';
import { loadConfig, type Config } from './platform/config.ts';
import { DEMO_PASSWORD, loadDemoIfEmpty } from './demo/load-demo.ts';
import { verifyPassword } from './platform/passwords.ts';

const loopback = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '::1';

/**
 * Issue 12 §4: in demo mode the server listens on 127.0.0.1 unless HOST is set, and it refuses to
 * listen on any other address while an account still has the shared demo password (anyone who read
 * the README could log in as any role).
 */
async function demoHost(s: Awaited<ReturnType<typeof createServices>>, config: Config) {
  if (config.demo === 'off') return config.host;
  const host = process.env.HOST ? config.host : '127.0.0.1';
  if (loopback(host)) return host;
  const rows = await s.database.db.selectFrom('accounts').select(['username', 'password_hash']).where('password_hash', 'is not', null).execute();
  for (const r of rows)
    if (r.password_hash && (await verifyPassword(r.password_hash, DEMO_PASSWORD)))
      throw new Error(
        `拒绝在 ${host} 上启动：账号 ${r.username} 仍使用公开的演示密码。请修改所有演示账号的密码，或去掉 HOST 只在本机（127.0.0.1）访问。\n` +
          `Refusing to listen on ${host}: account ${r.username} still has the shared demo password. Change the demo accounts' passwords, or unset HOST to listen on 127.0.0.1 only.`,
      );
  return host;
}

/** `shishi serve`: migrate, load the demo on an empty database, start the job worker and HTTP. */
export async function serve(config: Config = loadConfig()) {
  const s = await createServices(config);
  s.log.info({ database: s.database.engine, location: s.database.location }, 'database ready');
  if (config.demo === 'on' || config.demo === 'auto') await loadDemoIfEmpty(s, { members: config.demoMembers, progress: (line) => console.log(line) });
  const host = await demoHost(s, config);
  const app = await buildApp(s);
  await s.jobs.start();
  await app.listen({ port: config.port, host });
  s.log.info(`Shishi is running: http://${loopback(host) ? 'localhost' : host}:${config.port}  (API docs: /api/docs)`);
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
