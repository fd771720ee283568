// The announcements board (通知公告): notices from the federation down the tree.
import { defineModule } from '../../platform/module.ts';
import { announcementRoutes } from './routes.ts';

export const announcementsModule = defineModule({
  name: 'announcements',
  owns: ['announcements', 'announcement_reads'],
  routes: announcementRoutes,
});
