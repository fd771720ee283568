// Anonymous satisfaction surveys on a project or a list.
import { defineModule } from '../../platform/module.ts';
import { surveyRoutes } from './routes.ts';

export const surveysModule = defineModule({
  name: 'surveys',
  owns: ['surveys', 'survey_questions', 'survey_participants', 'survey_responses', 'survey_answers'],
  routes: surveyRoutes,
});
