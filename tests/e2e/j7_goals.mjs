// Journey 7: a head of office (the demo user "leder": management, and
// grants for the cases) reads the goals: opens Mål, chooses a past
// quarter, reads the accounts goal's share, opens its drill-down and
// follows a breached case to its case page.
import { User, env, expect, sql } from './lib.mjs';

// Four accounts cases in 2. kvartal 2013: two in time (10 and 155 days),
// one late (200 days), one still open and past the limit; 2 of 3 decided
// in time is 66,6 % (rounded down).  Case numbers are unique, so every
// variant finds the same four.
function seed() {
	sql(`INSERT INTO submission (case_no, kind, external_grant, status, received, decided, source)
	    VALUES ('E2E-GOAL-1', 'accounts', 'EXT-E2E', 'approved', DATE '2013-04-02', DATE '2013-04-12', 'import'),
	    ('E2E-GOAL-2', 'accounts', 'EXT-E2E', 'approved', DATE '2013-01-01', DATE '2013-06-05', 'import'),
	    ('E2E-GOAL-3', 'accounts', 'EXT-E2E', 'approved', DATE '2012-11-01', DATE '2013-05-20', 'import'),
	    ('E2E-GOAL-4', 'accounts', 'EXT-E2E', 'processing', DATE '2012-12-01', NULL, 'import')
	    ON CONFLICT (case_no) DO NOTHING`);
}

export default async function goals(browser, v, state, tally, id) {
	seed();
	const u = await new User(browser, v, 'leder', id, tally).open();
	state.users.push(u);
	await u.goto('/staff/login');
	await u.fill('#username', 'leder');
	await u.fill('#password', env.demoPw);
	await u.press('main form button[type=submit]');
	expect(new URL(u.page.url()).pathname === '/staff/', 'the head of office is logged in');
	await u.press('nav a[href="/staff/goals/"]');
	expect(new URL(u.page.url()).pathname === '/staff/goals/', 'Mål leads to the goals');
	await u.see('Mål for sagsbehandlingstider');
	await u.see('Kvittering til anmelder inden for 7 dage', 'management sees the whistleblower goals too');
	await u.step('maal');

	await u.fill('#year', '2013');
	await u.select('#period', 'q2');
	await u.press('main form button[type=submit]');
	await u.see('Periode: 2. kvartal 2013');
	const row = await u.text('tr[id="goal-grants.accounts"]');
	expect(row.includes('66,6 %'), `the accounts goal shows 66,6 % for 2. kvartal 2013: ${row}`);
	expect(row.includes('Rød: ikke opfyldt'), 'and is red');
	await u.step('periode-valgt');

	await u.press('tr[id="goal-grants.accounts"] th a');
	expect(new URL(u.page.url()).pathname === '/staff/goals/grants.accounts', 'the goal\'s name opens its drill-down');
	const share = await u.fact('Andel');
	expect(share.startsWith('66,6 %'), `the drill-down shows the same share: ${share}`);
	await u.see('Behandlingstider');
	await u.step('drill-down');

	await u.press('a:text-is("E2E-GOAL-4")');
	expect(/^\/staff\/cases\/\d+$/.test(new URL(u.page.url()).pathname), 'the breached case links to its case page');
	await u.see('E2E-GOAL-4');
	await u.step('sag');
}
