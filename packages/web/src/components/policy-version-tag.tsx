// The policy version an amount was computed under, as a tag; a version carried over from the
// previous year (not a notice text, issue 12 §1) says so wherever it is shown.
import { Tag, Tooltip } from 'antd';
import { usePrograms } from '../api/policy.ts';
import { useI18n } from '../i18n/index.tsx';

export function useCarriedOver(program: string | undefined, policy: string | undefined) {
  const { data } = usePrograms(!!program && !!policy);
  return !!data?.items.find((p) => p.code === program)?.versions.find((v) => v.policy === policy)?.carriedOver;
}

export function PolicyVersionTag({ program, policy, style }: { program: string; policy: string; style?: React.CSSProperties }) {
  const { t } = useI18n();
  const carried = useCarriedOver(program, policy);
  return (
    <>
      <Tag style={style}>{t('policy.version', { policy })}</Tag>
      {carried && (
        <Tooltip title={t('policy.carriedOverHint')}>
          <Tag color="purple" style={style} data-testid="carried-over">
            {t('pv.carriedOver')}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}
