// "Today" for the application workflow, in Shanghai time. Windows, deadlines and working-day limits
// are counted from it. SHISHI_TODAY (YYYY-MM-DD) pins it, so the 2018 programs of the demo and the
// tests can be run as of a day in 2018; production leaves it unset.
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function today(): string {
  const pinned = process.env.SHISHI_TODAY;
  if (pinned && ISO.test(pinned)) return pinned;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
