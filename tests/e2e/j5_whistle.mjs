// Journey 5: an anonymous reporter and the staff who handle the report.
// The form with a mistake (text and consents kept), the report with a
// file, the receipt code (a reload files nothing twice); staff register,
// triage and ask a question; the reporter reads it in the mailbox and
// replies with a file; staff close the report; the reporter sees why.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { User, expect, sql1 } from './lib.mjs';

export default async function whistle(browser, v, state, tally, id) {
	const dir = path.join(process.env.SHOTS, v.name);
	const marker = `Solsikken ${v.name}`;
	const a = await new User(browser, v, 'indberetter', id, tally).open();
	state.users.push(a);

	await a.goto('/');
	await a.press('main a:has-text("Indberet bekymrende forhold")');
	await a.see(`Henvendelsen går til ${process.env.FRIST_WB_AUTHORITY}`, 'the form names who receives the report');
	await a.see(process.env.FRIST_AUTHORITY, 'the header names the authority');
	await a.notSee('Demostyrelsen', 'no default name is left');
	await a.see('112');
	await a.see('1 arbejdsdag');
	await a.step('formular');

	// A mistake first: no description.  A named reporter's consents, then
	// anonymity chosen after all.
	await a.fill('#subject', marker);
	await a.select('#offer_type', 'voksen');
	await a.select('#relation', 'paaroerende');
	await a.choose('#anonymity_named');
	await a.fill('#name', 'Karen Jensen');
	await a.check('#consent_received');
	const bilag = path.join(dir, 'billede-af-dagbog.txt');
	writeFileSync(bilag, 'Dagbog fra besøget.\n');
	await a.upload('#attachment', bilag);
	await a.press('main form button[type=submit]');
	expect(a.status === 422, `a report without a description is refused (${a.status})`);
	expect(await a.page.locator('#description-err').count() === 1, 'the error stands at the description');
	expect(await a.value('#subject') === marker, 'the typed name of the offer is kept');
	expect(await a.page.locator('#consent_received').isChecked(), 'the consent is kept');
	expect(await a.page.locator('#anonymity_named').isChecked(), 'the choice of being named is kept');
	await a.see('billede-af-dagbog.txt', 'the lost file is named');
	await a.see('Vælg filen igen');
	await a.step('formular-fejl');

	await a.fill('#description', 'Beboerne får ikke deres medicin.\nDet skete tre gange i november.');
	await a.choose('#anonymity_anonymous');
	expect(!(await a.page.locator('#name').isVisible()), 'the name field is hidden while anonymous is chosen');
	await a.upload('#attachment', bilag);
	const n0 = sql1('SELECT count(*) FROM whistle_report');
	await a.press('main form button[type=submit]');
	await a.see('Din kvitteringskode');
	await a.see('uden at vi får at vide, hvem du er', 'an anonymous reporter is told the mailbox keeps them anonymous');
	const code = (await a.text('#receipt')).replace(/\s/g, '');
	expect(/^\d{16}$/.test(code), `a 16-digit receipt code (${code})`);
	expect(!a.page.url().includes(code), 'the code is in no URL');
	await a.step('kvittering');
	await a.reload();
	const again = (await a.text('#receipt')).replace(/\s/g, '');
	expect(again === code, 'a reload shows the same code');
	const n1 = sql1('SELECT count(*) FROM whistle_report');
	expect(Number(n1) === Number(n0) + 1, `one report (${n0} -> ${n1})`);
	const rid = sql1('SELECT max(id) FROM whistle_report');
	const caseNo = sql1('SELECT case_no FROM whistle_report WHERE id = :id', { id: rid });
	expect(sql1('SELECT count(*) FROM whistle_file f WHERE f.report_id = :id', { id: rid }) === '1', 'the file is stored once');

	// Staff: the queue, the report; registration and triage; a question.
	const s = await new User(browser, v, 'medarbejder', id, tally).open();
	state.users.push(s);
	await s.staffLogin();
	await s.press('nav a:text-is("Whistleblower")');
	await s.see(caseNo);
	await s.step('koe');
	await s.press(`main a:text-is("${caseNo}")`);
	await s.see('Det skete tre gange i november.');
	const desc = await s.page.locator('#description').innerText();
	expect(desc.includes('medicin.\nDet skete'), `the description keeps its line break: ${JSON.stringify(desc)}`);
	await s.see('Anonym');
	await s.step('henvendelse');
	await s.fill('#reg_name', 'Bostedet Solsikken');
	await s.select('#reg_offer_type', 'voksen');
	await s.select('#reg_cause', sql1("SELECT id FROM whistle_cause WHERE label = 'Medicinhåndtering' OR label = 'Pædagogik' ORDER BY label = 'Medicinhåndtering' DESC LIMIT 1"));
	await s.select('#risk', 'hoej');
	await s.fill('#risk_reason', 'Medicin gives ikke.\nGentagne tilfælde.');
	await s.check('#act_uanmeldt_besoeg');
	await s.check('#act_henvisning_stps');
	await s.press('button:text-is("Registrér henvendelsen")');
	await s.see('Registreret');
	await s.step('registreret');
	await s.fill('#message', 'Tak for din henvendelse.\nHvornår på dagen skete det?');
	await s.press('button:text-is("Send besked til anmelderen")');
	await s.see('Hvornår på dagen skete det?');
	await s.step('spurgt');

	// The reporter reads the question and replies with a file.
	const b = await new User(browser, v, 'indberetter2', id, tally).open();
	state.users.push(b);
	await b.goto('/whistleblower/mailbox');
	await b.fill('#code', code.replace(/(\d{4})(?=\d)/g, '$1 '));
	await b.press('main form button[type=submit]');
	await b.see('Hvornår på dagen skete det?');
	await b.step('postkasse');
	await b.fill('#reply', 'Om aftenen.\nEfter kl. 20.');
	const svar = path.join(dir, 'vagtplan.txt');
	writeFileSync(svar, 'Vagtplan for november.\n');
	await b.upload('#attachment', svar);
	await b.press('button:text-is("Send svaret")');
	await b.see('Dit svar er sendt');
	await b.see('vagtplan.txt');
	await b.step('svaret');
	await b.reload();
	await b.see('Dit svar er sendt');
	const replies = sql1('SELECT count(*) FROM whistle_message WHERE report_id = :id AND from_reporter', { id: rid });
	expect(replies === '1', `one reply, also after a reload (${replies})`);
	const d = await b.download('button:has-text("Hent vagtplan.txt")');
	expect(d.body === 'Vagtplan for november.\n', 'the reporter downloads their own file');

	// Staff read the reply and close the report with a message.
	await s.reload();
	await s.see('Efter kl. 20.');
	await s.select('#closing_reason', 'uanmeldt_tilsyn');
	await s.fill('#closing_message', 'Vi har været på uanmeldt tilsyn.\nForholdene er rettet.');
	await s.press('button:text-is("Luk henvendelsen")');
	await s.see('Lukket');
	await s.step('lukket');

	// The reporter sees the outcome, and why the reply form is gone.
	const c = await new User(browser, v, 'indberetter3', id, tally).open();
	state.users.push(c);
	await c.goto('/whistleblower/mailbox');
	await c.fill('#code', code);
	await c.press('main form button[type=submit]');
	await c.see('Afsluttet');
	await c.see('Forholdene er rettet.');
	await c.see('uanmeldt tilsynsbesøg', 'the reporter is told why it was closed');
	expect(await c.page.locator('#reply').count() === 0, 'no reply form on a closed report');
	await c.see('ny henvendelse');
	await c.step('afsluttet');
}
