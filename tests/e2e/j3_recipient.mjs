// Journey 3, the grant recipient: log in with the grant number and the
// code from journey 2, send a status report with a file, try the
// accounts as a form with a deviating line (the explanation is demanded
// at the line), then send them as XML: an invalid file (errors by line),
// a file with a DOCTYPE (refused), a valid file; see the status.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { User, expect, sql1 } from './lib.mjs';

function accountsXml(grant, start, end, loen, extra = '') {
	return `<?xml version="1.0" encoding="UTF-8"?>
${extra}<regnskab xmlns="urn:frist:regnskab:1">
  <tilsagn>${grant}</tilsagn>
  <periode><fra>${start}</fra><til>${end}</til></periode>
  <linje><tekst>Løn</tekst><budget>60000.00</budget><faktisk>${loen}</faktisk><forklaring>Flere timer til skolepatruljer.</forklaring></linje>
  <linje><tekst>Materialer</tekst><budget>40000.00</budget><faktisk>40000.00</faktisk></linje>
</regnskab>
`;
}

export default async function recipient(browser, v, state, tally, id) {
	const u = await new User(browser, v, 'modtager', id, tally).open();
	state.users.push(u);
	const dir = path.join(process.env.SHOTS, v.name);

	await u.goto('/grants/');
	await u.press('nav a:text-is("Log ind som tilskudsmodtager")');
	await u.step('login');
	await u.fill('#grant_no', state.grant.toLowerCase());
	await u.fill('#code', state.code);
	await u.press('main form button[type=submit]');
	expect(new URL(u.page.url()).pathname === '/grants/my/', `the recipient logs in (${u.page.url()})`);
	await u.see(`Tilsagn ${state.grant}`);
	await u.see('mette@example.dk');
	await u.step('mit-tilskud');

	// The grant's contact e-mail (from the application): an address with
	// ø is refused in Danish with what was typed kept, then a new one is
	// saved and confirmed.
	await u.press('main a:text-is("Ret e-mailadresse")');
	await u.see('mette@example.dk');
	await u.step('e-mail');
	await u.fill('#contact_email', 'mette@kø.dk');
	await u.press('button:text-is("Gem e-mailadressen")');
	expect(u.status === 422, `an address with ø is refused (${u.status})`);
	await u.see('ASCII');
	expect(await u.value('#contact_email') === 'mette@kø.dk', 'the typed address is kept');
	await u.step('e-mail-fejl');
	await u.fill('#contact_email', 'regnskab@cykelforeningen.dk');
	await u.press('button:text-is("Gem e-mailadressen")');
	await u.see('E-mailadressen er gemt.');
	await u.see('regnskab@cykelforeningen.dk');
	const ce = sql1("SELECT contact_email FROM award WHERE grant_no = :'g'", { g: state.grant });
	expect(ce === 'regnskab@cykelforeningen.dk', `the address is stored (${ce})`);
	await u.step('e-mail-gemt');
	await u.goto('/grants/my/');

	// A status report with a file; the text keeps its line breaks.
	await u.press('main a:has-text("Indsend statusrapport")');
	await u.step('statusrapport');
	await u.fill('#progress', 'Ruterne er kortlagt.\nSkolerne er med.');
	await u.fill('#milestones', 'Kortlægning færdig i marts.');
	await u.fill('#deviations', 'Ingen.');
	const notat = path.join(dir, 'notat.txt');
	writeFileSync(notat, 'Referat af møde med skolerne.\n');
	await u.upload('#attachment', notat);
	await u.press('button:text-is("Send statusrapporten")');
	await u.see('Modtaget');
	await u.see('notat.txt');
	const sr = sql1("SELECT count(*) FROM submission s JOIN award a ON a.id = s.award_id WHERE a.grant_no = :'g' AND s.kind = 'status'", { g: state.grant });
	expect(sr === '1', `one status report is stored (${sr})`);
	await u.step('statusrapport-modtaget');

	// The accounts as a form: Løn deviates by 25 % and has no explanation.
	await u.goto('/grants/my/');
	await u.press('main a:has-text("Indsend regnskab")');
	await u.step('regnskab');
	await u.fill('#actual_1', '75.000,00');
	await u.fill('#actual_2', '40.000,00');
	await u.press('button:text-is("Send regnskabet")');
	expect(u.status === 422, `a deviating line without an explanation is refused (${u.status})`);
	const err = await u.text('#explanation_1-err');
	expect(err.includes('Løn') && err.includes('25,0'), `the error at the line names the post and the share: ${err}`);
	expect(await u.page.locator('.error-summary a[href="#explanation_1"]').count() === 1, 'the summary links to the explanation');
	expect(await u.value('#actual_1') === '75.000,00', 'the amounts are kept');
	await u.step('regnskab-afvigelse');

	// ... and as XML instead: invalid, then with a DOCTYPE, then valid.
	const start = sql1("SELECT period_start FROM award WHERE grant_no = :'g'", { g: state.grant });
	const end = sql1("SELECT period_end FROM award WHERE grant_no = :'g'", { g: state.grant });
	const bad = path.join(dir, 'regnskab-fejl.xml');
	writeFileSync(bad, accountsXml(state.grant, start, end, 'mange penge'));
	await u.upload('#xml', bad);
	await u.press('button:text-is("Send XML-filen")');
	expect(u.status === 422, `an invalid XML file is refused (${u.status})`);
	const list = await u.text('#xml-errors');
	expect(/Linje 5/.test(list) && list.includes('faktisk'), `the errors say line and element: ${list}`);
	await u.notSee('atomic type', 'no raw libxml2 English');
	await u.see('se listen nedenfor');
	await u.step('xml-fejl');
	const dt = path.join(dir, 'regnskab-doctype.xml');
	writeFileSync(dt, accountsXml(state.grant, start, end, '75000.00', '<!DOCTYPE regnskab [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n'));
	await u.upload('#xml', dt);
	await u.press('button:text-is("Send XML-filen")');
	expect(u.status === 422, `a file with a DOCTYPE is refused (${u.status})`);
	await u.see('DOCTYPE');
	await u.step('xml-doctype');
	const ok = path.join(dir, 'regnskab.xml');
	writeFileSync(ok, accountsXml(state.grant, start, end, '75000.00'));
	await u.upload('#xml', ok);
	await u.press('button:text-is("Send XML-filen")');
	await u.see('Modtaget');
	await u.see('25,0 % over');
	await u.step('regnskab-modtaget');

	// The status of both on the grant's page.
	await u.goto('/grants/my/');
	const rows = await u.text('main table');
	expect((rows.match(/Modtaget/g) || []).length >= 2, `both are shown as received: ${rows}`);
	await u.step('status');
	state.accounts = sql1("SELECT s.id FROM submission s JOIN award a ON a.id = s.award_id WHERE a.grant_no = :'g' AND s.kind = 'accounts'", { g: state.grant });
	expect(state.accounts !== undefined, 'the accounts are stored');
}
