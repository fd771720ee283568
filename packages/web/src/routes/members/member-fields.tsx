import { Checkbox, Select, Switch, Form } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { useVocabNames } from './member-labels.tsx';

/** Form rules shared by the new-member and edit forms: the same hints the server enforces. */
export function useMemberRules() {
  const { t } = useI18n();
  return {
    idNumber: [
      { required: true, message: t('member.idInvalid') },
      { pattern: /^\d{17}[\dXx]$/, message: t('member.idInvalid') },
    ],
    mobile: [{ pattern: /^1\d{10}$/, message: t('member.mobileInvalid') }],
    memberNo: [{ pattern: /^\d{10}$/, message: t('member.memberNoInvalid') }],
  };
}

export function CardStatusSelect(props: { value?: string; onChange?: (v: string) => void }) {
  const { pick } = useI18n();
  const { vocabulary } = useVocabNames();
  return <Select {...props} data-testid="member-form-card" options={vocabulary?.cardStatuses.map((c) => ({ value: c.code, label: pick(c.name) }))} />;
}

export function CategoryChecks(props: { value?: string[]; onChange?: (v: string[]) => void }) {
  const { pick } = useI18n();
  const { vocabulary } = useVocabNames();
  return (
    <Checkbox.Group {...props} data-testid="member-form-categories" options={vocabulary?.categories.map((c) => ({ value: c.code, label: pick(c.name) }))} />
  );
}

export function EMembershipField() {
  const { t } = useI18n();
  return (
    <Form.Item name="eMembership" label={t('member.eMembership')} valuePropName="checked">
      <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
    </Form.Item>
  );
}
