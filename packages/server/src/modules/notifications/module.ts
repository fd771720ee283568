// The SMS and portal outbox.
import { defineModule } from '../../platform/module.ts';
import { notificationRoutes } from './routes.ts';
import { notificationNotices } from './service.ts';

export const notificationsModule = defineModule({
  name: 'notifications',
  owns: ['notifications'],
  routes: notificationRoutes,
  notices: notificationNotices,
});
