// The one clock. "Today" is the calendar day in Shanghai (China Standard Time, no DST), which every
// window, deadline and working-day limit is counted from. SHISHI_TODAY (read once by the config)
// pins it for demos and trials; tests and the demo loader pass a fixed clock instead of touching
// process.env.
export interface Clock {
  /** Today in Shanghai as YYYY-MM-DD. */
  today(): string;
  /** The current instant (timestamps, expiries). */
  now(): Date;
}

const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The system clock, or a clock pinned to one day when `pinnedDay` is given. */
export function systemClock(pinnedDay?: string): Clock {
  if (pinnedDay) return fixedClock(pinnedDay);
  return { today: () => shanghaiDay.format(new Date()), now: () => new Date() };
}

/** A clock whose day never moves (the time of day still runs, so expiries behave). */
export function fixedClock(day: string): Clock {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`a fixed clock needs YYYY-MM-DD, not ${day}`);
  return { today: () => day, now: () => new Date() };
}
