// The working-day calendar: the State Council notices an administrator adds.
import { defineModule } from '../../platform/module.ts';
import { calendarRoutes } from './routes.ts';

export const calendarModule = defineModule({
  name: 'calendar',
  owns: ['calendar_years'],
  routes: calendarRoutes,
});
