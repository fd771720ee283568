// Logging in: passwords, one-time codes, sessions (platform/sessions.ts resolves them per request).
import { defineModule } from '../../platform/module.ts';
import { authRoutes } from './routes.ts';

export const authModule = defineModule({
  name: 'auth',
  owns: ['sessions', 'otp_codes'],
  routes: authRoutes,
});
