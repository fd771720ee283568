import pino from 'pino';

// Personal data never goes to logs (PIPL, checks-and-safeguards.md): these keys are removed from
// anything logged, wherever they appear, in addition to the rule that code never logs them.
const redactPaths = [
  'idNumber',
  '*.idNumber',
  '*.*.idNumber',
  'mobile',
  '*.mobile',
  '*.*.mobile',
  'phone',
  '*.phone',
  'password',
  '*.password',
  'code',
  '*.code',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

export function createLogger(level: string) {
  return pino({
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      // Log the path only: query strings may carry search terms typed by officers.
      req: (req) => ({ method: req.method, url: String(req.url).split('?')[0], id: req.id }),
    },
  });
}
