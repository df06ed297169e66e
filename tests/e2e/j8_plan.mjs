// Journey 8: a head of office (the demo user "leder", management) reads
// the results plan 2024: opens Resultatplan, sees goal 2.1 not met in
// 2022 and the score, downloads the plan as CSV, opens the follow-up for 3. kvartal, follows up goal
// 2.5 with a red status and its cause, consequence and action (a plain
// form: no JavaScript needed), reloads and sees them, and opens the
// printable report.
import { User, env, expect } from './lib.mjs';

export default async function plan(browser, v, state, tally, id) {
	const u = await new User(browser, v, 'leder', id, tally).open();
	state.users.push(u);
	await u.goto('/staff/login');
	await u.fill('#username', 'leder');
	await u.fill('#password', env.demoPw);
	await u.press('main form button[type=submit]');
	expect(new URL(u.page.url()).pathname === '/staff/', 'the head of office is logged in');
	await u.press('nav a[href="/staff/plans/"]');
	expect(new URL(u.page.url()).pathname === '/staff/plans/', 'Resultatplan leads to the plans');
	await u.see('Resultatplan 2024 for Social- og Boligstyrelsen');
	await u.step('planer');

	await u.press('a[href="/staff/plans/2024"]');
	await u.see('Mål 2.1 God budgettering');
	const v21 = await u.text('td[data-goal="2.1"][data-year="2022"]');
	expect(v21.includes('Ikke opfyldt'), `2.1 is not met in 2022: ${v21}`);
	const score = await u.text('tr[data-year="2022"]');
	expect(score.includes('21,43 %'), `3 of 14 met in 2022 is 21,43 %: ${score}`);
	await u.step('plan-2024');
	const csv = await u.download('a[href^="/staff/plans/2024/plan.csv"]');
	expect(csv.name === 'resultatplan-2024.csv', `the plan downloads as a CSV: ${csv.name}`);
	expect(csv.body.includes('2022;i alt;Målopfyldelsesgrad;;;;;;;;;21,43;'),
	    'with the same 2022 score');

	await u.press('a[href="/staff/plans/2024/q3"]');
	await u.see('Opfølgning 3. kvartal 2024');
	await u.see('Afrapporteringen er senest 2024-10-21');
	await u.press('tr[id="goal-2.5"] a');
	await u.see('Opfølgning på mål 2.5');
	await u.step('opfoelgning-form');

	const mark = `${v.name} ${Date.now()}`;
	await u.select('#ryg', 'red');
	await u.fill('#cause', `Kommissoriet blev afstemt for sent (${mark})`);
	await u.fill('#consequence', 'Integrationen er forsinket');
	await u.fill('#action', 'Ny plan aftales med departementet');
	await u.check('#prelim');
	await u.press('main form button[type=submit]');
	await u.see('Mål 2.5: opfølgningen er gemt.');
	await u.step('opfoelgning-gemt');

	await u.goto('/staff/plans/2024/q3');
	const row = await u.text('tr[id="goal-2.5"]');
	expect(row.includes(mark), `after a reload the cause is there: ${row}`);
	expect(row.includes('Integrationen er forsinket'), 'and the consequence');
	expect(row.includes('Rød'), 'and the status');
	await u.step('genindlaest');

	await u.press('a[href="/staff/plans/2024/q3/report"]');
	await u.see('afrapportering 3. kvartal 2024');
	await u.see(mark, 'the report has the follow-up');
	await u.step('rapport');
}
