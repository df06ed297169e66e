// Journey 2, staff: log in, find the application of journey 1, award it
// (with the confirmation step), and see the access code shown once.
import { User, expect, sql1 } from './lib.mjs';

export default async function award(browser, v, state, tally, id) {
	const u = await new User(browser, v, 'medarbejder', id, tally).open();
	state.users.push(u);
	await u.goto('/staff/');
	await u.step('login');
	await u.staffLogin();
	await u.step('forside');

	// From the pool list to the pool, to the application.
	const pool = sql1("SELECT p.name FROM pool p JOIN application a ON a.pool_id = p.id WHERE a.case_no = :'c'", { c: state.caseNo });
	await u.press('nav a:text-is("Puljer")');
	await u.step('puljer');
	await u.press(`main a:text-is("${pool}")`);
	await u.see(state.caseNo);
	await u.step('pulje');
	await u.press(`main a:text-is("${state.caseNo}")`);
	await u.see(state.org);
	await u.see('Trygge skoleveje');
	await u.step('ansoegning');

	// The award, with a mistake first: an amount above the pool's.
	await u.fill('#amount', '999.999.999.999,00');
	await u.fill('#status_every', '6');
	await u.check('#accounting');
	await u.fill('#accounts_after', '3');
	await u.fill('#conditions', 'Tilskuddet gives til projektet som beskrevet.\nStatusrapport hvert halve år.');
	await u.press('button:text-is("Giv tilsagn …")');
	expect(u.status === 422, `an impossible amount is refused (${u.status})`);
	expect(await u.page.locator('#amount-err').count() === 1, 'the error stands at the amount');
	expect(await u.value('#conditions') === 'Tilskuddet gives til projektet som beskrevet.\nStatusrapport hvert halve år.',
	    'the conditions are kept with their line breaks');
	await u.step('tilsagn-fejl');
	await u.fill('#amount', '100.000,00');
	await u.press('button:text-is("Giv tilsagn …")');
	await u.see('Intet er gemt endnu');
	await u.see('100.000,00 kr.');
	expect(sql1("SELECT count(*) FROM award a JOIN application p ON p.id = a.application_id WHERE p.case_no = :'c'", { c: state.caseNo }) === '0',
	    'nothing is awarded before Bekræft');
	await u.step('bekraeft');
	await u.press('button[value=confirm]');
	await u.see('Tilsagn givet');
	const grant = await u.fact('Tilsagnsnummer');
	const code = (await u.fact('Adgangskode')).replace(/\s/g, '');
	expect(/^TS-\d{4}-\d{4}$/.test(grant), `a grant number is shown (${grant})`);
	expect(/^\d{16}$/.test(code), `a 16-digit access code is shown (${code})`);
	await u.step('tilsagn-givet');

	// A reload repeats the POST (as a double click does): no second
	// grant, and the same answer, so the code cannot be lost.
	await u.reload();
	await u.see('Tilsagn givet');
	expect((await u.fact('Adgangskode')).replace(/\s/g, '') === code, 'a reload shows the same code');
	await u.step('genindlaest');
	const n = sql1("SELECT count(*) FROM award a JOIN application p ON p.id = a.application_id WHERE p.case_no = :'c'", { c: state.caseNo });
	expect(n === '1', `one grant (${n})`);
	await u.goto(`/staff/applications/${sql1("SELECT id FROM application WHERE case_no = :'c'", { c: state.caseNo })}`);
	await u.notSee(code.replace(/(\d{4})(?=\d)/g, '$1 '), 'the application page never shows the code');
	state.grant = grant;
	state.code = code;
}
