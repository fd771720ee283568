// A date (or month) field that holds its value as the API's text ('YYYY-MM-DD' / 'YYYY-MM') and shows
// Ant Design's picker in the UI's language (ConfigProvider + dayjs locale), instead of a native
// <input type="date"> that follows the browser's language (issue 12 §4).
import dayjs from 'dayjs';
import { DatePicker } from 'antd';

interface Props {
  value?: string | null;
  onChange?: (v: string | undefined) => void;
  picker?: 'date' | 'month';
  testId?: string;
  id?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
}

export function DateInput({ value, onChange, picker = 'date', testId, id, disabled, allowClear = true, style }: Props) {
  const format = picker === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD';
  const d = value ? dayjs(value, format, true) : null;
  return (
    <DatePicker
      id={id}
      picker={picker}
      format={format}
      value={d && d.isValid() ? d : null}
      onChange={(v) => onChange?.(v ? v.format(format) : undefined)}
      disabled={disabled}
      allowClear={allowClear}
      style={{ maxWidth: 220, ...style }}
      data-testid={testId}
    />
  );
}
