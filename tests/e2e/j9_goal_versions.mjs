// Journey 9: an administrator (the demo user, every role) changes a
// goal: from Mål through the goal's drill-down to its versions, types a
// limit out of range and sees the error with everything typed kept,
// corrects it and saves a new version, reloads the result and still sees
// one new row; then opens the quarterly report from Mål and checks that
// printing it leaves out the navigation and the chooser.
import { User, expect, sql1 } from './lib.mjs';

const GOAL = 'grants.applications';

// A day far ahead (no case is judged by it), one per version already
// there, so that every variant adds a version of its own.
function nextDay() {
	const n = Number(sql1(`SELECT count(*) FROM goal_version v JOIN goal g ON g.id = v.goal_id WHERE g.code = '${GOAL}'`));
	return new Date(Date.UTC(2090, 0, 1 + n)).toISOString().slice(0, 10);
}

export default async function goalVersions(browser, v, state, tally, id) {
	const u = await new User(browser, v, 'admin', id, tally).open();
	state.users.push(u);
	await u.staffLogin();
	await u.press('nav a[href="/staff/goals/"]');
	await u.press(`tr[id="goal-${GOAL}"] th a`);
	expect(new URL(u.page.url()).pathname === `/staff/goals/${GOAL}`, 'the goal\'s name opens its drill-down');
	await u.press(`a[href="/staff/goals/${GOAL}/versions"]`);
	expect(new URL(u.page.url()).pathname === `/staff/goals/${GOAL}/versions`, 'the drill-down links the versions');
	await u.see('Versioner af målet');
	const rows = () => u.page.locator('#versions tbody tr').count();
	const n0 = await rows();
	expect(n0 >= 1, `the versions are listed (${n0})`);
	await u.step('versioner');

	// A limit out of range: refused at its field, everything kept.
	const day = nextDay();
	await u.fill('#valid_from', day);
	await u.fill('#limit', '4000');
	await u.fill('#target', '85,5');
	await u.press('main form button[type=submit]');
	expect(u.status === 422, `a limit of 4000 days is refused (${u.status})`);
	await u.see('»Frist« skal være mellem 0 og 3650.');
	expect(await u.page.locator('#limit-err').count() === 1, 'the error stands at the limit');
	expect(await u.page.locator('.error-summary a[href="#limit"]').count() === 1, 'the summary links to the limit');
	expect(await u.value('#valid_from') === day, 'the typed day is kept');
	expect(await u.value('#limit') === '4000', 'the typed limit is kept');
	expect(await u.value('#target') === '85,5', 'the typed target is kept');
	expect(await rows() === n0, 'nothing is added');
	await u.step('fejl');

	await u.fill('#limit', '120');
	await u.press('main form button[type=submit]');
	expect(new URL(u.page.url()).search === '?done=created', `the saved version leads back to the list (${u.page.url()})`);
	await u.see('Den nye version er gemt.');
	expect(await rows() === n0 + 1, `one new row (${n0} -> ${await rows()})`);
	const top = await u.text('#versions tbody tr');
	expect(top.includes(day) && top.includes('120 kalenderdage') && top.includes('85,5 %'),
	    `the newest row is the new version: ${top}`);
	await u.step('gemt');

	// Reloading the result makes no second version.
	await u.reload();
	expect(await rows() === n0 + 1, `a reload adds no row (${await rows()})`);
	const stored = sql1(`SELECT count(*) FROM goal_version v JOIN goal g ON g.id = v.goal_id WHERE g.code = '${GOAL}' AND v.valid_from = '${day}'`);
	expect(stored === '1', `one version from ${day} is stored (${stored})`);
	await u.step('genindlaest');

	// The quarterly report, from Mål, on screen and as printed.
	await u.press('nav a[href="/staff/goals/"]');
	await u.press('main a[href^="/staff/goals/report"]');
	expect(new URL(u.page.url()).pathname === '/staff/goals/report', 'Mål links the quarterly report');
	await u.see('Kvartalsrapport: mål for sagsbehandlingstider');
	await u.see('Udskriv:', 'the report says how to print it');
	expect(await u.page.locator('nav.site-nav').isVisible(), 'the navigation is on the screen');
	const figures = await u.text(`[id="figures-${GOAL}"]`);
	expect(figures.includes('Andel inden for fristen'), `the report has the goal's figures: ${figures}`);
	await u.step('rapport');
	await u.page.emulateMedia({ media: 'print' });
	try {
		expect(!(await u.page.locator('nav.site-nav').isVisible()), 'printed, the navigation is left out');
		expect(!(await u.page.locator('header.site').isVisible()), 'and the header');
		expect(!(await u.page.locator('main form').isVisible()), 'and the period chooser');
		expect(!(await u.page.locator('#print-hint').isVisible()), 'and the print hint');
		expect(await u.inspect(() => [...document.querySelectorAll('button')].every((b) => b.offsetParent === null)),
		    'no button is printed');
		expect(await u.page.locator(`[id="figures-${GOAL}"]`).isVisible(), 'the figures are printed');
		expect(await u.page.locator(`[id="trend-${GOAL}"]`).isVisible(), 'and the trend table');
		await u.step('udskrift');
	} finally {
		await u.page.emulateMedia({ media: null });
	}
}
