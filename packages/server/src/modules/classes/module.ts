// 公益乐学 free classes (issue 10 §3): class sessions on the first-come pools, the units' on-site visits with two free a
// year, and the teaching-point and direct-service forms (附件1/附件2) as unit applications.
import { defineModule } from '../../platform/module.ts';
import { registerAdapter } from '../programs/api.ts';
import { directBookingAdapter, teachingPointAdapter } from './forms.ts';
import { classesRoutes } from './routes.ts';

for (const a of [teachingPointAdapter, directBookingAdapter]) registerAdapter(a);

export const classesModule = defineModule({
  name: 'classes',
  owns: ['class_courses', 'class_visits'],
  routes: classesRoutes,
});
