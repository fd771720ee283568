// The engine's parameters cite their source by the number of the document in the project's own
// collection ("000 大病职工慰问行动实施方案 三、(五)", "003 附件2-9"), and their notes were written
// against that collection ("种子材料", "seeds", a field's code in brackets). Users know the documents by
// their official number: `cite` shows 沪工总办〔2017〕360号 大病职工慰问行动实施方案 三、(五) instead, and
// drops the developer words. Applied wherever a source, note or reading is shown.

/** The five documents the rules come from, by their number in the collection (/work/shared/seeds). */
export const documentNumbers: Record<string, string> = {
  '000': '沪工总办〔2017〕360号',
  '001': '沪工总办〔2022〕15号',
  '002': '嘉定区总工会2021年服务职工实事',
  '003': '沪工总办〔2024〕189号',
  '004': '杨工〔2017〕39号',
};

/** A collection number where a citation starts it or a bracket, space or Chinese punctuation precedes it (not 2,000 or 1000). */
const NUMBER = /(^|[\s（(“"、；;：:，])(00[0-4])(?!\d)/g;
/** A field code inside Chinese text: 按入住日期 checkIn 选择版本, 按保障年度计算（paidThisYear）. */
const CODE_IN_ZH = /\s*[（(]?\b[a-z]+[A-Z][A-Za-z]*\b[)）]?\s*(?=[\u4e00-\u9fff，。；、）)]|$)/g;

export function cite(text: string | null | undefined): string {
  if (!text) return '';
  let s = text.replace(NUMBER, (_m, pre: string, n: string) => `${pre}${documentNumbers[n]}`);
  if (/[\u4e00-\u9fff]/.test(s))
    s = s
      .replace(/种子材料|种子文件/g, '已收录的文件')
      .replace(CODE_IN_ZH, (m, offset: number) => (offset > 0 && /[\u4e00-\u9fff）)]/.test(s[offset - 1] ?? '') ? '' : m));
  return s.replace(/\b([Ss])eed(s?)\b/g, (_m, c: string, pl: string) => `${c === 'S' ? 'S' : 's'}ource document${pl}`);
}
