// The browser suite's toolkit: one User per browser context (a person at
// a screen), whose actions run either with the mouse or by keyboard only,
// and whose every step is photographed and checked by axe-core.
//
// A step fails the journey when axe finds any WCAG 2.1 A or AA
// violation, when the page is wider than the window, when the page logs
// an error, or (keyboard runs) when the focused element shows no focus
// ring.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const FRAME_TIMERS = `(() => {
	let next = 1;
	const live = new Set();
	window.setTimeout = (f, ms, ...a) => {
		const id = next++, due = performance.now() + (ms || 0);
		live.add(id);
		const tick = () => {
			if (!live.has(id))
				return;
			if (performance.now() < due)
				return requestAnimationFrame(tick);
			live.delete(id);
			typeof f === 'function' ? f(...a) : 0;
		};
		requestAnimationFrame(tick);
		return id;
	};
	window.clearTimeout = (id) => live.delete(id);
})()`;

export const env = {
	base: process.env.BASE,
	src: process.env.SRC,
	shots: process.env.SHOTS,
	demoPw: process.env.DEMO_PW,
};

export class Failure extends Error {}

export function expect(cond, what) {
	if (!cond)
		throw new Failure(what);
}

// Admin SQL on the test cluster; rows as arrays of strings.
export function sql(q, vars = {}) {
	const args = [path.join(env.src, 'tools/frist-ctl'), 'psql', '-tA', '-F', '\t'];
	for (const [k, v] of Object.entries(vars))
		args.push('-v', `${k}=${v}`);
	const out = execFileSync('sh', args, { input: q, encoding: 'utf8' });
	return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}
export function sql1(q, vars = {}) {
	const rows = sql(q, vars);
	return rows.length ? rows[0][0] : undefined;
}

// What a journey run counts: steps per journey, for the closing report.
// Steps are numbered per journey and variant, whoever takes them, so the
// screenshots of one journey sort in the order they were taken.
export class Tally {
	constructor() { this.steps = new Map(); this.seq = new Map(); }
	add(journey, variant) {
		const k = `${variant}/${journey}`;
		this.steps.set(journey, (this.steps.get(journey) || 0) + 1);
		this.seq.set(k, (this.seq.get(k) || 0) + 1);
		return this.seq.get(k);
	}
}

export class User {
	// variant: { name, width, height, js, keyboard }; who: "ansoeger" ...
	constructor(browser, variant, who, journey, tally) {
		this.browser = browser;
		this.v = variant;
		this.who = who;
		this.journey = journey;
		this.tally = tally;
		this.n = 0;
		this.errors = [];
	}

	async open() {
		this.ctx = await this.browser.newContext({
			viewport: { width: this.v.width, height: this.v.height },
			javaScriptEnabled: this.v.js,
			locale: 'da-DK',
			acceptDownloads: true,
		});
		this.ctx.setDefaultTimeout(15000);
		this.page = await this.ctx.newPage();
		this.cdp = await this.ctx.newCDPSession(this.page);
		this.page.on('framenavigated', (f) => {
			if (f === this.page.mainFrame())
				this.world = null;
		});
		this.page.on('console', (m) => {
			// A 4xx answer to a form is how frist says "fix this";
			// Chromium logs it, but it is not an error of the page.
			if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()))
				this.errors.push(m.text());
		});
		this.page.on('pageerror', (e) => this.errors.push(String(e)));
		return this;
	}

	// Runs fn(arg) in the page, in a world of its own: with JavaScript
	// turned off, Chromium runs no script in the page's own world (and
	// page.evaluate waits for ever), but an isolated world still runs.
	// One code path for every variant, so all are checked alike.
	async inspect(fn, arg) {
		const expression = `(${fn})(${JSON.stringify(arg === undefined ? null : arg)})`;
		for (let tries = 0; ; tries++) {
			if (!this.world) {
				const tree = await this.cdp.send('Page.getFrameTree');
				const w = await this.cdp.send('Page.createIsolatedWorld', {
					frameId: tree.frameTree.frame.id, worldName: 'e2e', grantUniveralAccess: true,
				});
				this.world = w.executionContextId;
				// Nor do timers fire there with JavaScript off, and
				// axe waits on setTimeout: give the world timers that
				// run on animation frames, which still come.
				if (!this.v.js)
					await this.cdp.send('Runtime.evaluate', { expression: FRAME_TIMERS, contextId: this.world });
			}
			let r;
			try {
				r = await this.cdp.send('Runtime.evaluate', {
					expression, contextId: this.world, awaitPromise: true, returnByValue: true,
				});
			} catch (e) {
				// The world went with the document it was made in.
				this.world = null;
				if (tries > 0)
					throw e;
				continue;
			}
			if (r.exceptionDetails)
				throw new Failure(`in the page: ${r.exceptionDetails.exception ? r.exceptionDetails.exception.description : r.exceptionDetails.text}`);
			return r.result.value;
		}
	}

	async close() {
		await this.ctx.close();
	}

	// A new journey for the same person (keeps the browser context).
	as(journey) {
		this.journey = journey;
		return this;
	}

	async goto(p) {
		const r = await this.page.goto(env.base + p);
		this.status = r ? r.status() : 0;
		return r;
	}

	// Waits for the navigation an action causes, and records its status.
	async navigating(action) {
		const [r] = await Promise.all([
			this.page.waitForNavigation({ waitUntil: 'load' }),
			action(),
		]);
		this.status = r ? r.status() : 0;
		return r;
	}

	// --- checking what is on the screen -------------------------------

	async step(name) {
		const page = this.page;
		this.n = this.tally.add(this.journey, this.v.name);
		const dir = path.join(env.shots, this.v.name, this.journey);
		mkdirSync(dir, { recursive: true });
		const file = path.join(dir, `${String(this.n).padStart(2, '0')}-${this.who}-${name}.png`);
		await page.screenshot({ path: file, fullPage: true });
		const where = `${this.journey} ${this.v.name} step ${this.n} "${name}" (${page.url()})`;
		expect(this.errors.length === 0, `${where}: the page logged errors: ${this.errors.join(' | ')}`);
		const wide = await this.inspect(() => [document.documentElement.scrollWidth, window.innerWidth]);
		expect(wide[0] <= wide[1], `${where}: the page is ${wide[0]} px wide in a ${wide[1]} px window`);
		// axe once per document (its world lives as long as the page).
		if (!(await this.inspect(() => typeof window.axe === 'object')))
			await this.inspect(`() => { ${AXE}; }`);
		const res = await this.inspect((tags) => window.axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		}), AXE_TAGS);
		const v = res.violations.map((x) => `${x.id} (${x.impact}): ${x.help} at ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
		expect(v.length === 0, `${where}: axe found ${v.length} violation(s):\n    ${v.join('\n    ')}`);
	}

	async text(sel = 'main') {
		return (await this.page.locator(sel).first().innerText()).replace(/\s+/g, ' ');
	}

	async see(s, what) {
		const t = await this.text('body');
		expect(t.includes(s), `${what || 'the page says'} "${s}" (${this.page.url()}): page text is: ${t.slice(0, 600)}`);
	}

	async notSee(s, what) {
		const t = await this.text('body');
		expect(!t.includes(s), `${what || 'the page does not say'} "${s}" (${this.page.url()})`);
	}

	// The text of the <dd> after the <dt> that reads label (dl.facts).
	async fact(label) {
		const dd = this.page.locator(`dl dt:text-is("${label}") + dd`).first();
		return (await dd.innerText()).trim();
	}

	// Staff log in (the demo account): on the login page, or sent there.
	async staffLogin() {
		if (new URL(this.page.url()).pathname !== '/staff/login')
			await this.goto('/staff/login');
		await this.fill('#username', 'demo');
		await this.fill('#password', env.demoPw);
		await this.press('main form button[type=submit]');
		expect(new URL(this.page.url()).pathname.startsWith('/staff/') &&
		    new URL(this.page.url()).pathname !== '/staff/login', 'the staff login works');
	}

	async value(sel) {
		return this.page.locator(sel).first().inputValue();
	}

	async focused() {
		return this.inspect(() => {
			const e = document.activeElement;
			return e ? (e.id || e.getAttribute('name') || e.tagName.toLowerCase()) : '';
		});
	}

	// --- acting: with the mouse, or by keyboard alone ------------------

	// Tab until sel has the focus (fails if it never does), and check
	// that the focus can be seen.
	async tabTo(sel) {
		const page = this.page;
		for (let i = 0; i < 250; i++) {
			// Playwright's selectors (:text-is) are not CSS: ask the
			// locator (keyboard runs have JavaScript on).
			if (await page.locator(sel).evaluateAll((els) => els.includes(document.activeElement))) {
				const ring = await this.inspect(() => {
					const cs = getComputedStyle(document.activeElement);
					return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
					    (cs.boxShadow && cs.boxShadow !== 'none');
				});
				expect(ring, `${this.journey} ${this.v.name}: ${sel} has the focus but no visible focus ring`);
				return;
			}
			await page.keyboard.press('Tab');
		}
		throw new Failure(`${this.journey} ${this.v.name}: ${sel} cannot be reached with Tab (${page.url()})`);
	}

	async fill(sel, value) {
		if (!this.v.keyboard)
			return this.page.fill(sel, value);
		await this.tabTo(sel);
		await this.page.keyboard.press('Control+A');
		await this.page.keyboard.press('Delete');
		if (value !== '')
			await this.page.keyboard.type(value);
	}

	// A checkbox to on (or off).
	async check(sel, on = true) {
		const box = this.page.locator(sel);
		if (!this.v.keyboard)
			return on ? box.check() : box.uncheck();
		await this.tabTo(sel);
		if ((await box.isChecked()) !== on)
			await this.page.keyboard.press('Space');
	}

	// A radio button: Tab reaches its group, the arrow keys choose.
	async choose(sel) {
		const radio = this.page.locator(sel);
		if (!this.v.keyboard)
			return radio.check();
		const name = await radio.getAttribute('name');
		await this.tabTo(`input[type=radio][name="${name}"]`);
		for (let i = 0; i < 20 && !(await radio.isChecked()); i++)
			await this.page.keyboard.press('ArrowDown');
		expect(await radio.isChecked(), `${sel} cannot be chosen with the arrow keys`);
	}

	// An option of a select, by its value.
	async select(sel, value) {
		const box = this.page.locator(sel);
		if (!this.v.keyboard)
			return box.selectOption(value);
		await this.tabTo(sel);
		const values = await box.evaluate((s) => [...s.options].map((o) => o.value));
		const want = values.indexOf(value);
		expect(want >= 0, `${sel} has no option ${value}`);
		for (let i = 0; i < values.length + 1; i++) {
			const at = values.indexOf(await box.inputValue());
			if (at === want)
				return;
			await this.page.keyboard.press(at < want ? 'ArrowDown' : 'ArrowUp');
		}
		throw new Failure(`${sel}: option ${value} cannot be chosen with the arrow keys`);
	}

	// Files: the chooser itself is the operating system's, so by keyboard
	// the field must be reachable; the files are then set as chosen.
	async upload(sel, files) {
		if (this.v.keyboard)
			await this.tabTo(sel);
		await this.page.setInputFiles(sel, files);
	}

	// A button (Space) or a link (Enter) that leads to a new page.
	async press(sel) {
		const el = this.page.locator(sel).first();
		if (!this.v.keyboard)
			return this.navigating(() => el.click());
		await this.tabTo(sel);
		const tag = await el.evaluate((e) => e.tagName);
		return this.navigating(() => this.page.keyboard.press(tag === 'A' ? 'Enter' : 'Space'));
	}

	// A button or link that starts a download; returns its name and text.
	async download(sel) {
		const el = this.page.locator(sel).first();
		let act;
		if (this.v.keyboard) {
			await this.tabTo(sel);
			const tag = await el.evaluate((e) => e.tagName);
			act = () => this.page.keyboard.press(tag === 'A' ? 'Enter' : 'Space');
		} else
			act = () => el.click();
		const [d] = await Promise.all([this.page.waitForEvent('download'), act()]);
		const p = await d.path();
		return { name: d.suggestedFilename(), body: readFileSync(p, 'utf8') };
	}

	// Reload, answering "send again" as a person does after a POST.
	async reload() {
		const r = await this.page.reload();
		this.status = r ? r.status() : 0;
		return r;
	}
}
