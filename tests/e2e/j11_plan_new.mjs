// Journey 11: the administrator (the demo user "demo") makes next year's
// results plan: from the plans to Ny resultatplan, types a year that has
// a plan (refused at the field, the name kept), then a free year, copies
// the goals and sub-goals of 2024, finds them in the new plan, and gives
// goal 2.1 a new name.
import { User, expect, sql1 } from './lib.mjs';

// The variants share the database: a year of their own each.
const VARIANT_NAMES = ['375-js', '1280-js', '375-nojs', '1280-nojs', '1280-keyboard'];

export default async function planNew(browser, v, state, tally, id) {
	const year = String(2030 + Math.max(0, VARIANT_NAMES.indexOf(v.name)));
	const name = `Resultatplan ${year} (${v.name})`;
	sql1(`DELETE FROM plan WHERE year = ${year}`);	// a run before
	const u = await new User(browser, v, 'admin', id, tally).open();
	state.users.push(u);
	await u.staffLogin();
	await u.press('nav a[href="/staff/plans/"]');
	expect(new URL(u.page.url()).pathname === '/staff/plans/', 'Resultatplan leads to the plans');
	await u.press('a[href="/staff/plans/new"]');
	await u.see('Ny resultatplan');
	const newest = sql1('SELECT max(year) FROM plan');
	expect(await u.value('#source') === newest, `the newest plan (${newest}) is offered to copy`);
	await u.step('ny-plan');

	await u.fill('#year', '2024');
	await u.fill('#name', name);
	await u.press('button:text-is("Opret planen")');
	expect(u.status === 409, `a year that has a plan is refused (${u.status})`);
	await u.see('Der er allerede en resultatplan for 2024. Vælg et andet år.');
	expect(await u.value('#name') === name, 'the typed name is kept');
	await u.step('aar-findes');

	await u.fill('#year', year);
	await u.select('#source', '2024');
	await u.press('button:text-is("Opret planen")');
	expect(new URL(u.page.url()).pathname === `/staff/plans/${year}`, 'the new plan is shown');
	await u.see('Planen er oprettet med målene og delmålene fra 2024.');
	await u.see(name);
	await u.see('Mål 2.1 God budgettering');
	expect(sql1(`SELECT count(*) FROM plan_goal WHERE plan_year = ${year}`) === '14', 'the 14 goals are copied');
	expect(sql1(`SELECT count(*) FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = ${year}`) ===
	    sql1('SELECT count(*) FROM plan_subgoal s JOIN plan_goal g ON g.id = s.goal_id WHERE g.plan_year = 2024'),
	    'and every sub-goal');
	await u.step('oprettet');

	// The copy is corrected: goal 2.1 gets a new name.
	await u.press(`a[href="/staff/plans/${year}/goals/2.1"]`);
	await u.see('Ret mål 2.1');
	expect(await u.value('#name') === 'God budgettering', 'the form starts from the name');
	await u.fill('#name', 'God økonomistyring');
	await u.press('button:text-is("Gem")');
	await u.see('Målet er ændret.');
	expect(sql1(`SELECT name FROM plan_goal WHERE plan_year = ${year} AND number = '2.1'`) === 'God økonomistyring', 'the name is changed');
	await u.step('maal-rettet');
	await u.press('a:text-is("← Tilbage til planen")');
	await u.see('Mål 2.1 God økonomistyring');
}
