// Journey 12, staff and recipient: a grant whose accounts are 45 days
// overdue (seeded); staff open Frister from the menu, filter on accounts,
// find the suggested payment stop, set it with a reason (refused without
// one, then the confirmation page, then Bekræft); they open the mails
// from the menu and filter them by kind (a mail of the grant's approval
// and a receipt, seeded; no body on the page); they set their e-mail
// address on their profile (a wrong one first: the error summary, the
// typed value kept) and turn the daily digest off; the recipient logs in
// and sees the payment stop and the reason.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { User, env, expect, sql1 } from './lib.mjs';

// The variants share the database: a grant of their own each.
const VARIANT_NAMES = ['375-js', '1280-js', '375-nojs', '1280-nojs', '1280-keyboard'];

export default async function obligations(browser, v, state, tally, id) {
	const grant = `TS-2026-9912${Math.max(0, VARIANT_NAMES.indexOf(v.name))}`;
	const code = '1212343456567878';
	const reason = 'Regnskabet for 2025 mangler. Send det, så udbetaler vi igen.';
	const hash = execFileSync(path.join(env.src, 'build/frist-tool'), ['pwhash'],
	    { input: `${code}\n`, encoding: 'utf8' }).trim();
	sql1("DELETE FROM obligation WHERE award_id IN (SELECT id FROM award WHERE grant_no = :'g')", { g: grant });
	sql1("DELETE FROM award WHERE grant_no = :'g'", { g: grant });	// a run before
	const pool = sql1('SELECT min(id) FROM pool');
	const award = sql1(`INSERT INTO award (grant_no, pool_id, org_name, title, amount_ore, period_start, period_end,
	    accounting, auditor, access_hash) VALUES (:'g', :'p', 'Frist-forening', 'Stiprojekt', 20000000,
	    current_date - 500, current_date - 100, true, false, :'h') RETURNING id`, { g: grant, p: pool, h: hash });
	sql1(`INSERT INTO obligation (award_id, kind, seq, due) VALUES (:'a', 'accounts', 1, (now() AT TIME ZONE 'Europe/Copenhagen')::date - 45),
	    (:'a', 'status', 1, (now() AT TIME ZONE 'Europe/Copenhagen')::date + 7)`, { a: award });

	const s = await new User(browser, v, 'medarbejder', id, tally).open();
	state.users.push(s);
	await s.staffLogin();
	await s.press('nav a[href="/staff/obligations/"]');
	await s.see('Frister: statusrapporter og regnskaber');
	await s.see(grant);
	await s.step('frister');
	await s.select('#kind', 'accounts');
	await s.press('main form button:text-is("Vis")');
	expect(new URL(s.page.url()).searchParams.get('kind') === 'accounts', 'the filter is in the address');
	await s.see('45 dage over fristen');
	await s.notSee('7 dage tilbage', 'kind=accounts hides the status reports');
	await s.see('Regnskabet er 45 dage forsinket.');
	await s.step('regnskaber');

	await s.press(`a:text-is("Sæt betalingsstop for ${grant}")`);
	await s.see(`Betalingsstop for ${grant}`);
	await s.step('betalingsstop');
	await s.press('main form button:has-text("Sæt betalingsstop")');
	expect(s.status === 422, `no reason is refused (${s.status})`);
	expect(await s.page.locator('#reason-err').count() === 1, 'the error stands at the reason');
	await s.step('uden-begrundelse');
	await s.fill('#reason', reason);
	await s.press('main form button:has-text("Sæt betalingsstop")');
	await s.see('Intet er gemt endnu');
	expect(sql1("SELECT payment_stop FROM award WHERE id = :'a'", { a: award }) === 'f', 'nothing is set before Bekræft');
	await s.step('bekraeft');
	await s.press('button[value=confirm]');
	await s.see('Betalingsstoppet er sat.');
	expect(sql1("SELECT payment_stop FROM award WHERE id = :'a'", { a: award }) === 't', 'the stop is set');
	await s.step('sat');

	// The mails: two of this grant's, seeded (the mailer leaves them: not
	// due until tomorrow); the page never shows a body.
	const approved = `Godkendt: ${grant} (e2e)`, receipt = `Kvittering: ${grant} (e2e)`;
	const secret = 'Brødtekst, som ikke må stå på siden.';
	for (const [kind, subject] of [['case_approved', approved], ['receipt', receipt]])
		sql1(`INSERT INTO outbox (kind, to_addr, subject, body, dedup, not_before, next_try)
		    VALUES (:'k', 'e2e-mails@example.dk', :'s', :'b', :'d', now() + interval '1 day',
		    now() + interval '1 day') ON CONFLICT (dedup) DO NOTHING`,
		    { k: kind, s: subject, b: secret, d: `e2e:mails:${grant}:${kind}` });
	await s.press('nav a[href="/staff/mails"]');
	await s.see('Udgående mails');
	await s.see(approved);
	await s.see(receipt);
	await s.step('mails');
	await s.select('#kind', 'case_approved');
	await s.press('main form button:text-is("Vis")');
	expect(new URL(s.page.url()).searchParams.get('kind') === 'case_approved', 'the kind filter is in the address');
	await s.see(approved);
	await s.notSee(receipt, 'kind=case_approved hides the receipts');
	await s.notSee(secret, 'no mail\'s body is on the page');
	await s.step('mails-godkendt');

	// The profile: from the user's name in the header.  "navn@styrelse"
	// passes the browser's own check of type=email (one label is enough
	// there) but not frist's, which wants a domain mail can go to.
	sql1("UPDATE staff SET digest = true WHERE username = 'demo'");
	await s.press('header a[href="/staff/profile"]');
	await s.see('Din profil');
	await s.step('profil');
	await s.fill('#email', 'medarbejder@styrelse');
	await s.press('main form button:text-is("Gem")');
	expect(s.status === 422, `a wrong address is refused (${s.status})`);
	await s.see('Profilen er ikke gemt. Ret følgende:');
	expect(await s.page.locator('#email-err').count() === 1, 'the error stands at the address');
	expect(await s.value('#email') === 'medarbejder@styrelse', 'the typed address is kept');
	await s.step('profil-fejl');
	const addr = `e2e.${v.name.replace(/[^a-z0-9]/g, '')}@styrelse.example.dk`;
	await s.fill('#email', addr);
	await s.check('#digest', false);
	await s.press('main form button:text-is("Gem")');
	await s.see('Din profil er gemt.');
	expect(await s.value('#email') === addr, 'the saved address is shown');
	expect(!(await s.page.locator('#digest').isChecked()), 'the digest is shown off');
	expect(sql1("SELECT email || '|' || digest FROM staff WHERE username = 'demo'") === `${addr}|false`,
	    'the address and the digest off are stored');
	await s.step('profil-gemt');

	const r = await new User(browser, v, 'modtager', id, tally).open();
	state.users.push(r);
	await r.goto('/grants/login');
	await r.fill('#grant_no', grant);
	await r.fill('#code', code);
	await r.press('main form button[type=submit]');
	expect(new URL(r.page.url()).pathname === '/grants/my/', `the recipient logs in (${r.page.url()})`);
	await r.see('Betalingsstop: udbetalinger til dit tilskud er standset');
	await r.see(reason);
	await r.step('modtager-ser-stop');
}
