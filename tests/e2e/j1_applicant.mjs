// Journey 1, the applicant: catalogue search and filter, a pool, an
// application with mistakes (every error beside its field and in the
// summary, everything typed kept), a draft saved, resumed in a fresh
// browser with its number and code, submitted, the receipt.
import { User, expect, sql1 } from './lib.mjs';

export default async function applicant(browser, v, state, tally, id) {
	const u = await new User(browser, v, 'ansoeger', id, tally).open();
	state.users.push(u);
	const org = `Foreningen Trygge Veje ${v.name}`;

	await u.goto('/grants/');
	await u.step('katalog');
	// A search for a word of a pool's name, with æøå folded.
	const pool = sql1("SELECT name FROM pool WHERE status = 'open' AND current_date BETWEEN opens AND closes ORDER BY id LIMIT 1");
	const word = pool.split(/\s+/).sort((a, b) => b.length - a.length)[0].toUpperCase();
	await u.fill('#q', word);
	await u.select('#status', 'open');
	await u.press('form[role=search] button[type=submit]');
	await u.see(pool, 'the search finds the pool');
	await u.step('soegning');
	await u.press(`main a:text-is("${pool}")`);
	await u.see('Ansøg om tilskud');
	await u.step('pulje');
	await u.press('a.button:text-is("Ansøg om tilskud")');
	await u.step('ansoegning-tom');

	// Mistakes: a CVR number whose check digit is wrong, a date that does
	// not exist, budget lines that do not add up, an empty title.
	await u.fill('#org_name', org);
	await u.fill('#cvr', '10150818');
	await u.fill('#contact_name', 'Mette Holm');
	await u.fill('#contact_email', 'mette@example.dk');
	await u.fill('#description', 'Sikre skoleveje.\nFørste linje.\nAnden linje.');
	await u.fill('#period_start', '2027-02-30');
	await u.fill('#period_end', '2027-12-31');
	await u.fill('#requested', '100.000,00');
	await u.fill('#budget_text_1', 'Løn');
	await u.fill('#budget_amount_1', '60.000,00');
	await u.fill('#budget_text_2', 'Materialer');
	await u.fill('#budget_amount_2', '30.000,00');
	await u.press('button[value=submit]');
	expect(u.status === 422, `a wrong application is refused with 422 (got ${u.status})`);
	const summary = u.page.locator('.error-summary');
	expect(await summary.isVisible(), 'the error summary is shown');
	expect(await u.inspect(() => document.activeElement && document.activeElement.classList.contains('error-summary')),
	    'the focus is on the error summary');
	for (const [field, words] of [['cvr', 'kontrolciffer'], ['period_start', 'findes ikke'], ['title', 'Projektets titel']]) {
		const err = u.page.locator(`#${field}-err`);
		expect(await err.count() === 1, `an error is shown beside ${field}`);
		const t = await err.innerText();
		expect(t.toLowerCase().includes(words.toLowerCase()), `the error at ${field} says what is wrong ("${words}"): ${t}`);
		expect(await u.page.locator(`#${field}`).getAttribute('aria-invalid') === 'true', `${field} is marked invalid`);
		expect((await u.page.locator(`#${field}`).getAttribute('aria-describedby') || '').includes(`${field}-err`),
		    `${field} is described by its error`);
		expect(await summary.locator(`a[href="#${field}"]`).count() >= 1, `the summary links to ${field}`);
	}
	await u.see('giver 90.000,00 kr.', 'the sum of the budget lines is explained');
	expect(await u.value('#org_name') === org, 'the organisation is kept');
	expect(await u.value('#description') === 'Sikre skoleveje.\nFørste linje.\nAnden linje.', 'the description is kept with its line breaks');
	expect(await u.value('#budget_amount_2') === '30.000,00', 'the budget is kept');
	await u.step('ansoegning-fejl');

	// Saved as a draft (a draft may be incomplete).
	await u.fill('#cvr', '10150817');
	await u.fill('#period_start', '2027-02-01');
	await u.press('button[value=save]');
	await u.see('Kladden er gemt');
	const draft = (await u.fact('Kladdenummer')).replace(/\D/g, '');
	const code = (await u.fact('Fortsættelseskode')).replace(/\D/g, '');
	expect(draft.length === 8 && code.length === 16, `a draft number and a 16-digit code are shown (${draft}, ${code})`);
	await u.step('kladde-gemt');
	// Reloading the answer makes no second draft and shows the same code.
	const n0 = sql1('SELECT count(*) FROM application WHERE org_name = :\'o\'', { o: org });
	await u.reload();
	const again = (await u.fact('Fortsættelseskode')).replace(/\D/g, '');
	const n1 = sql1('SELECT count(*) FROM application WHERE org_name = :\'o\'', { o: org });
	expect(n1 === n0 && n1 === '1', `a reload makes no second draft (${n0} -> ${n1})`);
	expect(again === code, 'a reload shows the same code');

	// Resumed in a fresh browser with number and code.
	const w = await new User(browser, v, 'ansoeger2', id, tally).open();
	state.users.push(w);
	await w.goto('/grants/resume');
	await w.step('fortsaet');
	await w.fill('#draft_no', draft);
	await w.fill('#code', code.replace(/(\d{4})(?=\d)/g, '$1 '));
	await w.press('form button[type=submit]');
	expect(await w.value('#org_name') === org, 'the resumed draft has what was typed');
	expect(await w.value('#budget_text_2') === 'Materialer', 'and its budget');
	await w.step('kladde-aabnet');
	await w.fill('#title', 'Trygge skoleveje');
	await w.fill('#budget_amount_2', '40.000,00');
	await w.press('button[value=submit]');
	await w.see('Kvittering');
	const caseNo = await w.fact('Sagsnummer');
	expect(/^ANS-\d{4}-\d{6}$/.test(caseNo), `the receipt has a case number (${caseNo})`);
	await w.see('Modtaget');
	await w.step('kvittering');
	const n = sql1("SELECT count(*) FROM application WHERE org_name = :'o' AND status = 'submitted'", { o: org });
	expect(n === '1', `one application is submitted (${n})`);
	state.caseNo = caseNo;
	state.org = org;
}
