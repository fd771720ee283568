import { Tag } from 'antd';
import { can, useMe } from '../../api/auth.ts';
import { useVocabulary, type MembershipStatus } from '../../api/members.ts';
import { useI18n } from '../../i18n/index.tsx';

const statusColor: Record<MembershipStatus, string> = { active: 'green', transferred: 'blue', ended: 'default' };

export function StatusTag({ status }: { status: MembershipStatus }) {
  const { t } = useI18n();
  return <Tag color={statusColor[status]}>{t(`member.status.${status}`)}</Tag>;
}

/** Names for the vocabulary codes the server sends (categories, card statuses). */
export function useVocabNames() {
  const { pick, tx } = useI18n();
  const { data: me } = useMe();
  // Members may not read the vocabulary; the dictionary holds the same names as a fallback.
  const { data } = useVocabulary(can(me, 'members.read'));
  const category = (code: string) => pick(data?.categories.find((c) => c.code === code)?.name) || tx(`category.${code}`, code);
  const card = (code: string | null | undefined) => (code ? pick(data?.cardStatuses.find((c) => c.code === code)?.name) || tx(`cardStatus.${code}`, code) : '');
  return { category, card, vocabulary: data };
}

export function CategoryTags({ codes }: { codes: string[] }) {
  const { category } = useVocabNames();
  return (
    <>
      {codes.map((c) => (
        <Tag key={c} color="volcano" style={{ marginBlock: 2 }}>
          {category(c)}
        </Tag>
      ))}
    </>
  );
}

const cardColor: Record<string, string> = { active: 'green', issued: 'blue', lost: 'orange', cancelled: 'default', none: 'default' };

export function CardTag({ code }: { code: string | null | undefined }) {
  const { card } = useVocabNames();
  if (!code) return null;
  return <Tag color={cardColor[code] ?? 'default'}>{card(code)}</Tag>;
}
