// Journey 6: logout, expiry and a wrong code, as the browser sees them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { User, env, expect, sql1 } from './lib.mjs';

function demoCode(grant) {
	const f = readFileSync(path.join(process.env.FRIST_VAR, 'demo-credentials'), 'utf8');
	const m = f.match(new RegExp(`Tilsagn ${grant}, adgangskode (\\d{16})`));
	return m[1];
}

async function focusOnSummary(u) {
	return u.inspect(() => document.activeElement && document.activeElement.classList.contains('error-summary'));
}

export default async function sessions(browser, v, state, tally, id) {
	// Staff: a wrong password, logging in, logging out.
	const s = await new User(browser, v, 'medarbejder', id, tally).open();
	state.users.push(s);
	await s.goto('/staff/');
	expect(new URL(s.page.url()).pathname === '/staff/login', 'a stranger is sent to the login page');
	await s.step('login');
	await s.fill('#username', 'demo');
	await s.fill('#password', 'forkert-kodeord');
	await s.press('form button[type=submit]');
	await s.see('Brugernavn eller adgangskode er forkert');
	expect(await focusOnSummary(s), 'after a wrong password the focus is on the message');
	expect(await s.value('#username') === 'demo', 'the username is kept');
	await s.step('forkert-kodeord');
	await s.fill('#password', env.demoPw);
	await s.press('form button[type=submit]');
	expect(new URL(s.page.url()).pathname === '/staff/', 'the login leads to the staff home page');
	await s.see('Log ud');
	await s.step('logget-ind');
	await s.press('form.user button');
	expect(new URL(s.page.url()).pathname === '/staff/login', 'logging out leads to the login page');
	await s.see('Du er logget ud');
	await s.step('logget-ud');
	await s.goto('/staff/cases/');
	expect(new URL(s.page.url()).pathname === '/staff/login', 'after logging out the pages need a login again');

	// Expiry: the session runs out on the server while the page is open.
	await s.fill('#username', 'demo');
	await s.fill('#password', env.demoPw);
	await s.press('form button[type=submit]');
	sql1("UPDATE staff_session SET expires = now() - interval '1 minute' WHERE staff_id = (SELECT id FROM staff WHERE username = 'demo') RETURNING 1");
	await s.goto('/staff/cases/');
	expect(new URL(s.page.url()).pathname === '/staff/login', 'an expired session leads to the login page');
	await s.see('udløbet', 'the login page says the session expired');
	await s.step('udloebet');
	await s.fill('#username', 'demo');
	await s.fill('#password', env.demoPw);
	await s.press('form button[type=submit]');
	expect(new URL(s.page.url()).pathname === '/staff/cases/', `after logging in again the user is back where they were (${s.page.url()})`);
	await s.step('tilbage-efter-login');

	// A grant recipient: a wrong code, the grant number in small letters,
	// logging out.
	const r = await new User(browser, v, 'modtager', id, tally).open();
	state.users.push(r);
	await r.goto('/grants/login');
	await r.step('login');
	await r.fill('#grant_no', 'ts-2026-9002');
	await r.fill('#code', '1234 5678 1234 5678');
	await r.press('form.form button[type=submit]');
	await r.see('forkert');
	expect(await focusOnSummary(r), 'after a wrong code the focus is on the message');
	await r.step('forkert-kode');
	await r.fill('#code', demoCode('TS-2026-9002'));
	await r.press('form.form button[type=submit]');
	expect(new URL(r.page.url()).pathname === '/grants/my/', 'the grant number works in small letters');
	await r.see('TS-2026-9002');
	await r.step('logget-ind');
	await r.press('button:text-is("Log ud")');
	await r.see('Du er logget ud');
	await r.step('logget-ud');
	await r.goto('/grants/my/');
	expect(new URL(r.page.url()).pathname === '/grants/login', 'after logging out the grant needs a login again');

	// The whistleblower mailbox with a wrong code.
	const w = await new User(browser, v, 'indberetter', id, tally).open();
	state.users.push(w);
	await w.goto('/whistleblower/mailbox');
	await w.step('postkasse');
	await w.fill('#code', '1111 2222 3333 4444');
	await w.press('main form button[type=submit]');
	await w.see('Koden blev ikke fundet');
	expect(await focusOnSummary(w), 'after a wrong code the focus is on the message');
	expect(await w.page.locator('#code').getAttribute('aria-invalid') === 'true', 'the code field is marked invalid');
	expect(await w.value('#code') === '', 'the wrong code is not shown again');
	await w.step('forkert-kode');

	// The same in English, chosen with the language link; the form's
	// answer stays English.
	await w.goto('/whistleblower/mailbox');
	await w.press('a.lang');
	expect(new URL(w.page.url()).searchParams.get('lang') === 'en', 'the language link leads to ?lang=en');
	expect(await w.page.locator('html').getAttribute('lang') === 'en', 'the page says it is English');
	await w.step('postkasse-engelsk');
	await w.fill('#code', '1111 2222 3333 4445');
	await w.press('main form button[type=submit]');
	await w.see('The code was not found');
	await w.notSee('Koden blev ikke fundet', 'no Danish message on the English page');
	expect(await w.page.locator('html').getAttribute('lang') === 'en', 'the answer is English too');
	expect(await w.value('#code') === '', 'the wrong code is not shown again (English)');
	await w.step('forkert-kode-engelsk');
}
