/**
 * Art. 2 科技保险: certified enterprise, year's premium 超过10万元 (10 itself gets nothing) → 50% (北京市专精特新 or
 * 国家高新技术企业) or 60% (国家级小巨人), cap 50 a year; term 满1年 (12 months) when paid out.
 * [interpretation] the >10 threshold is applied to the 60% band too.
 */
import assert from 'node:assert/strict';
import { enterprise, hasInterpretation, itemsOf, onlyStatus, table } from './helpers.ts';

const sme = (premium: unknown, termMonths: unknown = 12) =>
  enterprise({ certifications: ['beijing-specialized-sme'], techInsurance: { premium, termMonths } });
const giant = (premium: unknown, termMonths: unknown = 12) =>
  enterprise({ certifications: ['national-little-giant'], techInsurance: { premium, termMonths } });

table('art. 2', [
  {
    name: 'a Beijing specialised SME paying exactly 10 in premium gets nothing (超过 excludes 10)',
    scenario: sme(10),
    awarded: {},
    edge: true,
    check: (r) => onlyStatus(r, 2, 'ineligible'),
  },
  {
    name: 'a Beijing specialised SME paying 10.01 gets 50%: 5.005 rounds half-up to 5.01',
    scenario: sme(10.01),
    awarded: { 2: '5.01' },
    edge: true,
  },
  {
    name: 'a Beijing specialised SME paying 30 gets 15.00, with no [interpretation] note (the >10 rule is written for 50%)',
    scenario: sme(30),
    awarded: { 2: '15.00' },
    check: (r) => assert.equal(itemsOf(r, 2, 'awarded')[0]?.interpretations?.length ?? 0, 0),
  },
  {
    name: 'a national high-tech enterprise alone paying 30 gets 50%: 15.00',
    scenario: enterprise({ certifications: ['national-high-tech'], techInsurance: { premium: 30, termMonths: 12 } }),
    awarded: { 2: '15.00' },
  },
  {
    name: 'a national little giant paying 20 gets 60%: 12.00, with the [interpretation] note',
    scenario: giant(20),
    awarded: { 2: '12.00' },
    check: (r) => {
      for (const it of itemsOf(r, 2, 'awarded')) {
        hasInterpretation(it);
        for (const note of it.interpretations ?? [])
          assert.ok(r.notes.includes(note), 'the interpretation is also in the notes');
      }
    },
  },
  {
    name: 'a national little giant paying exactly 10 gets nothing ([interpretation]: >10 applies to 60% too)',
    scenario: giant(10),
    awarded: {},
    edge: true,
    check: (r) => {
      onlyStatus(r, 2, 'ineligible');
      for (const it of itemsOf(r, 2)) hasInterpretation(it);
    },
  },
  {
    name: 'a national little giant paying 10.01 gets 60%: 6.006 → 6.01',
    scenario: giant(10.01),
    awarded: { 2: '6.01' },
    edge: true,
  },
  {
    name: 'a little giant that is also high-tech and a Beijing SME gets the higher 60% rate: 30 → 18.00',
    scenario: enterprise({
      certifications: ['national-high-tech', 'beijing-specialized-sme', 'national-little-giant'],
      techInsurance: { premium: 30, termMonths: 12 },
    }),
    awarded: { 2: '18.00' },
  },
  {
    name: 'a Beijing SME paying 100 reaches the cap exactly: 50.00',
    scenario: sme(100),
    awarded: { 2: '50.00' },
    edge: true,
  },
  {
    name: 'a Beijing SME paying 100.02 (50.01) is capped at 50.00 and marked capped',
    scenario: sme(100.02),
    awarded: { 2: '50.00' },
    edge: true,
    check: (r) => {
      const [it] = itemsOf(r, 2, 'awarded');
      assert.equal(it?.capped, true);
    },
  },
  {
    name: 'a little giant paying 83.33 gets 49.998 → 50.00 by rounding, not by the cap',
    scenario: giant(83.33),
    awarded: { 2: '50.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 2, 'awarded')[0]?.capped, false),
  },
  {
    name: 'a little giant paying 83.34 (50.004) is capped at 50.00',
    scenario: giant(83.34),
    awarded: { 2: '50.00' },
    edge: true,
    check: (r) => assert.equal(itemsOf(r, 2, 'awarded')[0]?.capped, true),
  },
  {
    name: 'a little giant paying 500 is capped at 50.00',
    scenario: giant(500),
    awarded: { 2: '50.00' },
  },
  {
    name: 'a policy term of 11 months has not reached 满1年: nothing yet',
    scenario: sme(30, 11),
    awarded: {},
    edge: true,
  },
  {
    name: 'a policy term of exactly 12 months qualifies: 15.00',
    scenario: sme(30, 12),
    awarded: { 2: '15.00' },
    edge: true,
  },
  {
    name: 'a policy term of 24 months qualifies: 15.00',
    scenario: sme(30, 24),
    awarded: { 2: '15.00' },
  },
  {
    name: 'an enterprise with no certification gets nothing (ineligible)',
    scenario: enterprise({ certifications: [], techInsurance: { premium: 30, termMonths: 12 } }),
    awarded: {},
    check: (r) => onlyStatus(r, 2, 'ineligible'),
  },
  {
    name: 'a certified enterprise that is not small or micro still gets art. 2: 30 → 15.00',
    scenario: enterprise({
      smallOrMicro: false,
      certifications: ['national-high-tech'],
      techInsurance: { premium: 30, termMonths: 12 },
    }),
    awarded: { 2: '15.00' },
  },
  {
    name: 'a certified enterprise that gave no premium is incomplete for art. 2, naming the field',
    scenario: enterprise({ certifications: ['national-high-tech'] }),
    awarded: {},
    check: (r) => {
      onlyStatus(r, 2, 'incomplete');
      const missing = itemsOf(r, 2).flatMap((it) => it.missing ?? []);
      assert.ok(
        missing.some((m) => m.includes('techInsurance')),
        `missing: ${JSON.stringify(missing)}`,
      );
    },
  },
]);
