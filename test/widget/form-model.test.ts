/** The calculator's form model, in Node: scenario ⇄ form round trips and error paths back to inputs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { estimate } from '../../core/index.ts';
import {
  addRow,
  emptyState,
  fromScenario,
  keyForErrorPath,
  removeRow,
  toScenario,
} from '../../widget/calculator/form-model.ts';
import { decodeShared, encodeShared, readFragment, writeFragment } from '../../widget/calculator/share.ts';

const dir = new URL('../data/examples/', import.meta.url);
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ f, ...JSON.parse(readFileSync(new URL(f, dir), 'utf8')) }));

describe('widget form model', () => {
  for (const ex of examples) {
    it(`${ex.f}: scenario → form → scenario gives the same figures`, () => {
      const back = toScenario(fromScenario(ex.scenario));
      const out = estimate(back, { lang: 'en', today: '2026-11-26' });
      assert.ok(out.ok, JSON.stringify(!out.ok && out.errors));
      assert.equal(out.result.total, ex.expected.total);
      // and a second round trip is stable
      assert.deepEqual(toScenario(fromScenario(back)), back);
    });
  }

  it('leaves empty fields out and keeps what is typed as typed', () => {
    const s = emptyState('enterprise', '2025');
    s.values['enterprise.loanInterestPaid'] = ' 3.5万 ';
    s.values['enterprise.techInsurance.termMonths'] = '';
    const sc = toScenario(s);
    assert.deepEqual(sc, { year: 2025, enterprise: { certifications: [], loanInterestPaid: '3.5万' } });
  });

  it('removing a list row keeps the other rows and maps errors by position', () => {
    const s = emptyState('institution', '2025');
    const a = addRow(s, 'institution.capitalIncreases');
    const b = addRow(s, 'institution.capitalIncreases');
    const c = addRow(s, 'institution.capitalIncreases');
    s.values[`institution.capitalIncreases#${a}`] = '1亿';
    s.values[`institution.capitalIncreases#${b}`] = 'bad';
    s.values[`institution.capitalIncreases#${c}`] = '3亿';
    assert.equal(keyForErrorPath(s, 'institution.capitalIncreases[1]'), `institution.capitalIncreases#${b}`);
    removeRow(s, 'institution.capitalIncreases', a);
    assert.deepEqual(toScenario(s).institution?.capitalIncreases, ['bad', '3亿']);
    assert.equal(keyForErrorPath(s, 'institution.capitalIncreases[0]'), `institution.capitalIncreases#${b}`);
  });

  it('maps nested and unknown error paths', () => {
    const s = fromScenario({ year: 2025, fund: { investments: [{ company: 'A', amount: 'x' }] } });
    const id = s.rows['fund.investments']![0];
    assert.equal(keyForErrorPath(s, 'fund.investments[0].amount'), `fund.investments#${id}.amount`);
    assert.equal(keyForErrorPath(s, 'fund.investments[0]'), `fund.investments#${id}`);
    assert.equal(keyForErrorPath(s, 'enterprise.techInsurance.premium'), 'enterprise.techInsurance.premium');
    assert.equal(keyForErrorPath(s, 'year'), 'year');
    assert.equal(keyForErrorPath(s, ''), undefined);
    assert.equal(keyForErrorPath(s, 'fund'), undefined);
  });
});

describe('widget share links', () => {
  it('round-trips Chinese text through the fragment and keeps other fragment parts', () => {
    const state = {
      scenario: { year: 2025, fund: { investments: [{ company: '亦庄科技', amount: '1,500万' }] } },
      lang: 'zh-CN',
    };
    const hash = writeFragment('#top&ezone-x=old', 'ezone', state);
    assert.match(hash, /^#top&ezone-x=old&ezone=[\w-]+$/);
    assert.deepEqual(readFragment(hash, 'ezone'), state);
    assert.deepEqual(decodeShared(encodeShared(state)), state);
  });

  it('a damaged link restores nothing', () => {
    assert.equal(decodeShared('%%%'), undefined);
    assert.equal(decodeShared(encodeShared({ scenario: 1 }).slice(0, 5)), undefined);
    assert.equal(readFragment('#ezone=', 'ezone'), undefined);
  });
});
