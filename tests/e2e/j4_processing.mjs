// Journey 4: staff take the accounts of journey 3 from the queue and
// return them for correction with a message; the recipient corrects and
// resubmits (the form starts from what was sent); staff approve, with the
// confirmation step; the audit trail on the case shows it all.
import { User, expect, sql1 } from './lib.mjs';

export default async function processing(browser, v, state, tally, id) {
	const caseNo = sql1('SELECT case_no FROM submission WHERE id = :id', { id: state.accounts });
	const s = await new User(browser, v, 'medarbejder', id, tally).open();
	state.users.push(s);
	await s.staffLogin();
	await s.press('nav a:text-is("Sagskø")');
	await s.see(caseNo, 'the accounts are in the queue');
	await s.step('sagskoe');
	await s.press(`main a:text-is("${caseNo}")`);
	await s.see('Flere timer til skolepatruljer.');
	await s.step('sag');
	await s.press('button:text-is("Tag sagen")');
	await s.see('Demo Sagsbehandler');
	await s.step('taget');

	// Returned with a message of two lines; a return needs a message.
	await s.press('button:text-is("Send retur til rettelse")');
	expect(s.status === 422, `a return without a message is refused (${s.status})`);
	expect(await s.page.locator('#message_return-err').count() === 1, 'the error stands at the message');
	await s.step('retur-uden-besked');
	await s.fill('#message_return', 'Forklar afvigelsen på løn nærmere.\nVedlæg timesedler.');
	await s.press('button:text-is("Send retur til rettelse")');
	await s.see('Sendt retur');
	await s.see('endnu ikke indsendt igen');
	await s.step('sendt-retur');

	// The recipient corrects it.
	const r = await new User(browser, v, 'modtager', id, tally).open();
	state.users.push(r);
	await r.goto('/grants/login');
	await r.fill('#grant_no', state.grant);
	await r.fill('#code', state.code);
	await r.press('main form button[type=submit]');
	await r.see('Sendt retur');
	const notice = await r.text('#to-correct');
	expect(notice.includes('Forklar afvigelsen på løn nærmere.'), `the return is highlighted with the message: ${notice}`);
	await r.step('sendt-retur');
	await r.press('#to-correct a.button');
	await r.see('Vedlæg timesedler.');
	expect(await r.value('#actual_1') === '75.000,00', 'the correction starts from the amounts sent');
	expect(await r.value('#explanation_1') === 'Flere timer til skolepatruljer.', 'and the explanation sent');
	await r.step('ret');
	await r.fill('#explanation_1', 'Flere timer til skolepatruljer:\n120 timer ekstra i foråret.');
	await r.press('button:text-is("Send regnskabet")');
	await r.see('Modtaget');
	await r.see('Version 2');
	await r.step('indsendt-igen');

	// Staff approve it.
	await s.goto(`/staff/cases/${state.accounts}`);
	await s.see('120 timer ekstra i foråret.');
	await s.see('Version 1');
	await s.step('rettet');
	await s.fill('#message_decide', 'Regnskabet er godkendt.');
	await s.press('button[value=approve]');
	await s.see('Intet er gemt endnu');
	await s.step('godkend-bekraeft');
	await s.press('button[value=confirm]');
	await s.see('Godkendt');
	expect(await s.page.locator('.notice.success').count() === 1, 'a success message is shown');
	const trail = await s.text('main');
	for (const w of ['Taget', 'Sendt retur til rettelse', 'Indsendt igen', 'Godkendt'])
		expect(trail.includes(w), `the audit trail shows "${w}"`);
	await s.step('godkendt');
	const st = sql1('SELECT status || \' \' || version FROM submission WHERE id = :id', { id: state.accounts });
	expect(st === 'approved 2', `the case is approved in version 2 (${st})`);

	await r.goto('/grants/my/');
	await r.see('Godkendt');
	await r.step('godkendt');
}
