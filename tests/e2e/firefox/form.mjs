// The case files (tests/cases/, SPEC § 7) and how a person enters one into the form in
// Firefox: the same steps as tests/e2e/src/form.rs (keep the two in step) — every field by its
// SPEC id in PAGE_ORDER (a field's trigger before the field, which is hidden until it
// applies), text typed key by key and left with Tab, dates as dd-mm-åååå, checkboxes ticked
// by clicking their label, choices picked from the <select>.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;

/** The SPEC § 7 fields in the order the page asks them (tests/e2e/src/lib.rs PAGE_ORDER). */
export const PAGE_ORDER = [
  'birth_date', 'forsoerger', 'hjemmeboende', 'date', 'wishes_forloeb', 'decision_date',
  'previous_forloeb', 'ydelse_before', 'ydelse_before_monthly', 'sygedagpenge_until',
  'other_income_monthly', 'wage_income_monthly', 'on_sygedagpenge',
  'sygedagpenge_extension_possible', 'unfit_for_work', 'target_group',
  'development_perspective', 'rate_year',
];

const SELECTS = new Set([
  'target_group', 'development_perspective', 'ydelse_before',
  'sygedagpenge_extension_possible', 'rate_year',
]);

/** Every tests/cases/<dir>/*.json as { name, situation, expected }, sorted by file name. */
export function cases(dir) {
  const path = join(ROOT, 'tests/cases', dir);
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const c = JSON.parse(readFileSync(join(path, name), 'utf8'));
      return { name, situation: c.situation, expected: c.expected };
    });
}

/** 2021-09-01 → 01-09-2021, the way the page asks for dates; anything else unchanged. */
export function danishDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}

/** Waits until the page has rendered the next frame and run its task queue once after it. */
export async function settle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

async function scrollToMiddle(page, id) {
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), id);
}

/** Clicks the label of the control id (a DKFDS checkbox is drawn by its label). */
export async function clickLabel(page, id) {
  await page.evaluate((id) => document.querySelector(`label[for='${id}']`)?.scrollIntoView({ block: 'center' }), id);
  await page.click(`label[for='${id}']`);
}

/**
 * Brings a field in reach as a person does: a closed <details> ("Avanceret") is opened by
 * clicking its summary; a field the page does not ask for with the answers so far is shown by
 * the counsellor's switch show-all-fields; then it is scrolled to the middle of the screen.
 */
async function reach(page, id) {
  const closed = await page.evaluate((id) => {
    const d = document.getElementById(id)?.closest('details');
    return !!d && !d.open;
  }, id);
  if (closed) {
    await page.evaluate((id) => document.getElementById(id).closest('details').querySelector(':scope > summary').scrollIntoView({ block: 'center' }), id);
    await page.click(`details:has(#${id}) > summary`);
    await page.waitForFunction((id) => document.getElementById(id)?.closest('details')?.open, {}, id);
  }
  const hidden = await page.evaluate((id) => !!document.getElementById(id)?.closest('[hidden]'), id);
  if (hidden) {
    if (!(await page.$eval('#show-all-fields', (e) => e.checked))) await clickLabel(page, 'show-all-fields');
    await page.waitForFunction((id) => !document.getElementById(id)?.closest('[hidden]'), {}, id);
  }
  await scrollToMiddle(page, id);
}

/** Types text key by key into the field id (selecting what it holds first) and leaves with Tab. */
export async function typeKeys(page, id, text) {
  await page.click(`#${id}`);
  if (await page.$eval(`#${id}`, (e) => e.value !== '')) {
    await page.$eval(`#${id}`, (e) => e.select());
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

async function typeValue(page, id, value) {
  await reach(page, id);
  await typeKeys(page, id, typeof value === 'string' ? danishDate(value) : String(value));
}

async function setCheckbox(page, id, on) {
  await reach(page, id);
  if ((await page.$eval(`#${id}`, (e) => e.checked)) !== on) await clickLabel(page, id);
}

/** Fills the form from a case file's situation (field name = element id), in page order. */
export async function fill(page, situation) {
  const order = (name) => (PAGE_ORDER.includes(name) ? PAGE_ORDER.indexOf(name) : PAGE_ORDER.length);
  const names = Object.keys(situation).sort((a, b) => order(a) - order(b));
  for (const name of names) {
    const value = situation[name];
    if (name === 'previous_forloeb') {
      for (const [i, row] of value.entries()) {
        await scrollToMiddle(page, 'add-previous-forloeb');
        await page.click('#add-previous-forloeb');
        for (const column of ['start', 'end', 'excluded_days']) {
          if (column in row) {
            const id = `previous_forloeb-${i}-${column}`;
            await page.waitForSelector(`#${id}`);
            await typeValue(page, id, row[column]);
          }
        }
      }
    } else if (typeof value === 'boolean') {
      await setCheckbox(page, name, value);
    } else if (SELECTS.has(name)) {
      await reach(page, name);
      await page.select(`#${name}`, String(value));
    } else if (typeof value === 'string' || typeof value === 'number') {
      await typeValue(page, name, value);
    } else {
      throw new Error(`${name}: cannot enter ${JSON.stringify(value)}`);
    }
  }
  await settle(page);
}

/** The ressourceforløb panel: outcome, max months, headline and text (waiting for it). */
export async function ressourceforloebPanel(page) {
  await page.waitForSelector('#ressourceforloeb-result[data-outcome] .result-headline');
  return page.$eval('#ressourceforloeb-result', (e) => ({
    outcome: e.getAttribute('data-outcome'),
    maxMonths: e.getAttribute('data-max-months'),
    headline: e.querySelector('.result-headline').textContent.trim(),
    text: e.textContent,
  }));
}

const HEADLINE_DA = {
  possible: 'Du kan få et ressourceforløb på højst',
  only_if_wished: 'Kun hvis du selv ønsker det',
  not_possible: 'Du kan ikke få et ressourceforløb',
  insufficient_information: 'Sagen er ikke oplyst nok til et svar',
};

/** The Danish headline for each ressourceforløb outcome (how it starts). */
export function headlineDa(outcome) {
  return HEADLINE_DA[outcome] ?? HEADLINE_DA.insufficient_information;
}

/** How the panel differs from the case file's expected.ressourceforloeb; [] when it agrees. */
export function differences(c, got) {
  const want = c.expected.ressourceforloeb;
  const out = [];
  if (got.outcome !== want.outcome) out.push(`${c.name}: data-outcome ${got.outcome}, expected ${want.outcome}`);
  if ('max_months' in want) {
    const months = want.max_months === null ? null : String(want.max_months);
    if (got.maxMonths !== months) out.push(`${c.name}: data-max-months ${got.maxMonths}, expected ${months}`);
  }
  if (!got.headline.startsWith(headlineDa(want.outcome))) {
    out.push(`${c.name}: headline ${JSON.stringify(got.headline)}`);
  }
  for (const r of want.reasons ?? []) {
    if (r.law && !got.text.includes(r.law)) out.push(`${c.name}: the panel does not cite ${JSON.stringify(r.law)}`);
  }
  return out;
}
