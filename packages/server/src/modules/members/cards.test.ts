// The card's rules as a table (000 “卡卡”服务会员行动实施方案 二): each row an event on a card in a
// state on a day, and what the rules answer; the window boundaries are rows of their own.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkCardEvent, type CardState } from './cards.ts';

const card = (status: CardState['status'], more: Partial<CardState> = {}): CardState => ({
  status,
  eMembership: false,
  joinedOn: '2015-06-01',
  registeredYears: [],
  ...more,
});

const cases: Array<[string, Parameters<typeof checkCardEvent>[0], CardState, string, string]> = [
  // [what, event, card, date, expected: the status left, or the refusal's code]
  ['a new card in February', 'issue', card('none'), '2018-02-01', 'issued'],
  ['a new card on 31 December', 'issue', card('none'), '2018-12-31', 'issued'],
  ['no card on 1 January (the card store is compared)', 'issue', card('none'), '2018-01-01', 'card-pause'],
  ['no card on 31 January', 'issue', card('none'), '2018-01-31', 'card-pause'],
  ['the pause holds every year', 'issue', card('none'), '2026-01-15', 'card-pause'],
  ['a second card while one is held', 'issue', card('active'), '2018-05-01', 'card-status'],
  ['a new card after a cancelled one', 'issue', card('cancelled'), '2018-05-01', 'issued'],
  ['the member activates an issued card', 'activate', card('issued'), '2018-05-01', 'active'],
  ['an active card is not activated again', 'activate', card('active'), '2018-05-01', 'card-status'],
  ['registration opens 1 February', 'register', card('active'), '2018-02-01', 'active'],
  ['registration closes 31 March', 'register', card('issued'), '2018-03-31', 'issued'],
  ['not registered on 31 January', 'register', card('active'), '2018-01-31', 'registration-window'],
  ['not registered on 1 April', 'register', card('active'), '2018-04-01', 'registration-window'],
  ['once a year', 'register', card('active', { registeredYears: [2018] }), '2018-03-01', 'already-registered'],
  ['again the next year', 'register', card('active', { registeredYears: [2018] }), '2019-03-01', 'active'],
  ['registration is for the previous year’s members', 'register', card('active', { joinedOn: '2018-01-01' }), '2018-03-01', 'registration-new-member'],
  ['a member of 31 December last year registers', 'register', card('active', { joinedOn: '2017-12-31' }), '2018-03-01', 'active'],
  ['no card, no registration', 'register', card('none'), '2018-03-01', 'card-status'],
  ['a lost card is not registered', 'register', card('lost'), '2018-03-01', 'card-status'],
  ['an active card is reported lost', 'report-lost', card('active'), '2018-01-10', 'lost'],
  ['a lost card is reissued', 'reissue', card('lost'), '2018-06-01', 'issued'],
  ['no reissue in January', 'reissue', card('lost'), '2018-01-20', 'card-pause'],
  ['only a lost card is reissued', 'reissue', card('active'), '2018-06-01', 'card-status'],
  ['a card is cancelled', 'cancel', card('lost'), '2018-06-01', 'cancelled'],
  ['no card to cancel', 'cancel', card('none'), '2018-06-01', 'card-status'],
  ['an e-card beside the card', 'e-card', card('active'), '2022-06-01', 'active'],
  ['an e-card without a plastic card', 'e-card', card('none'), '2022-01-10', 'none'],
  ['one e-card', 'e-card', card('active', { eMembership: true }), '2022-06-01', 'e-card-exists'],
  ['no e-card on a cancelled card', 'e-card', card('cancelled'), '2022-06-01', 'card-status'],
];

for (const [what, event, state, date, expected] of cases)
  it(`card: ${what}`, () => {
    const r = checkCardEvent(event, state, date);
    assert.equal(r.ok ? r.to : r.code, expected);
    if (!r.ok) assert.ok(r.message.zh && r.message.en);
    if (r.ok && event === 'register') assert.equal(r.year, Number(date.slice(0, 4)));
  });
