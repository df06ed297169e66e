// Journey 10: the administrator sets up a new goal: from the start page
// to Opsætning af mål, makes the goal (its code typed wrong first), is
// told it cannot be active without a version, gives it its first version,
// makes it active and finds it among the goals on the dashboard.
import { User, env, expect, sql1 } from './lib.mjs';

export default async function goalAdmin(browser, v, state, tally, id) {
	// One goal per variant: codes are unique.
	const code = `e2e.${v.name.replace(/-/g, '_')}`;
	const name = `Regnskaber inden for 60 dage (${v.name})`;
	const u = await new User(browser, v, 'admin', id, tally).open();
	state.users.push(u);
	await u.staffLogin();
	await u.press('a[href="/staff/goals/admin"]');
	expect(new URL(u.page.url()).pathname === '/staff/goals/admin', 'the start page leads to the goals\' set-up');
	await u.see('Opsætning af mål');
	await u.step('opsaetning');

	await u.fill('#code', 'Regnskab 60');
	await u.fill('#name', name);
	await u.select('#population', 'accounts');
	await u.fill('#sort', '90');
	await u.press('button:text-is("Opret målet")');
	expect(u.status === 422, `a bad code is refused (${u.status})`);
	await u.see('»Kode« skal begynde med et lille bogstav (a–z).');
	expect(await u.value('#name') === name, 'the typed name is kept');
	expect(await u.value('#population') === 'accounts', 'the chosen cases are kept');
	await u.step('forkert-kode');

	await u.fill('#code', code);
	await u.press('button:text-is("Opret målet")');
	await u.see('Målet er oprettet.');
	expect(sql1(`SELECT count(*) FROM goal WHERE code = '${code}'`) === '1', 'one goal is made');
	const gid = sql1(`SELECT id FROM goal WHERE code = '${code}'`);
	await u.see('Ingen version endnu');
	await u.step('oprettet');

	await u.check(`#active-${gid}`);
	await u.press(`form#goal-${gid} button`);
	expect(u.status === 409, `a goal without a version cannot be made active (${u.status})`);
	await u.see('Målet kan først gøres aktivt, når det har en version.');
	await u.step('uden-version');

	await u.press(`a[href="/staff/goals/${code}/versions"]`);
	await u.see('Versioner af målet');
	await u.fill('#valid_from', '2000-01-01');
	await u.select('#unit', 'days');
	await u.fill('#limit', '60');
	await u.fill('#target', '85');
	await u.press('button:text-is("Gem den nye version")');
	await u.see('Den nye version er gemt.');
	await u.step('version');

	await u.press('a[href="/staff/goals/admin"]');
	await u.check(`#active-${gid}`);
	await u.press(`form#goal-${gid} button`);
	expect(new URL(u.page.url()).pathname === '/staff/goals/admin' && u.status === 200, 'the goal is saved');
	expect(await u.page.locator(`#active-${gid}`).isChecked(), 'and is active');
	await u.see('60 kalenderdage, 85,0 %');
	await u.step('aktiv');

	await u.goto('/staff/goals/');
	await u.see(name, 'the active goal is on the dashboard');
	expect(sql1(`SELECT count(*) FROM audit WHERE entity = 'goal' AND entity_id = ${gid}`) === '3',
	    'its creation, version and activation are audited');
	await u.step('paa-tavlen');
}
