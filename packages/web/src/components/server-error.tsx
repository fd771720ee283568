import { Alert } from 'antd';
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

/** The server's problem+json shown as an alert: title, then detail when it adds something. */
export function ServerError({ error, style, testId = 'server-error' }: { error: unknown; style?: React.CSSProperties; testId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const title = error instanceof ApiError ? error.title : t('common.error');
  const detail = error instanceof ApiError ? (error.detail && error.detail !== error.title ? error.detail : undefined) : String(error);
  return <Alert data-testid={testId} type="error" showIcon title={title} description={detail} style={style} />;
}

/** `body.idNumber` → `idNumber`: the server names fields by their JSON path. */
export function fieldName(path: string): string {
  return path.replace(/^(body|query|params)\./, '');
}

/**
 * Put each `errors[].message` of a 400 on the form field it names. Returns true when every error
 * found its field, so the caller can skip the general alert.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || !error.errors.length) return false;
  const byField = new Map<string, string[]>();
  let unmatched = 0;
  for (const e of error.errors) {
    const name = fieldName(e.field).split('.')[0] ?? '';
    if (fields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), e.message]);
    else unmatched++;
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unmatched === 0 && byField.size > 0;
}

/** An error to show in the general alert, unless every field error already sits on its field. */
export function formLevelError(form: FormInstance, error: unknown, fields: readonly string[]): unknown {
  return applyFieldErrors(form, error, fields) ? null : error;
}
