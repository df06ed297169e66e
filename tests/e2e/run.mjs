// Runs every journey in every variant, in one Chromium from Debian.
//
// The journeys hang together as the work does: the applicant's
// application (1) is awarded by staff (2), the recipient reports on the
// grant (3), staff process the report (4).  The whistleblower journey (5)
// the session journey (6), the goals journey (7), the goal versions and
// report journey (9), the goal set-up (10), the new results plan (11) and
// the obligations with a payment stop, the mails and the profile (12)
// stand alone.  Each variant runs the whole
// chain afresh, so every journey meets every variant.
import { chromium } from 'playwright-core';
import { Failure, Tally } from './lib.mjs';
import applicant from './j1_applicant.mjs';
import award from './j2_award.mjs';
import recipient from './j3_recipient.mjs';
import processing from './j4_processing.mjs';
import whistle from './j5_whistle.mjs';
import sessions from './j6_sessions.mjs';
import goals from './j7_goals.mjs';
import plan from './j8_plan.mjs';
import goalVersions from './j9_goal_versions.mjs';
import goalAdmin from './j10_goal_admin.mjs';
import planNew from './j11_plan_new.mjs';
import obligations from './j12_obligations.mjs';

const JOURNEYS = [
	{ id: 'j1', name: 'applicant', fn: applicant, needs: [] },
	{ id: 'j2', name: 'award', fn: award, needs: ['j1'] },
	{ id: 'j3', name: 'recipient', fn: recipient, needs: ['j1', 'j2'] },
	{ id: 'j4', name: 'processing', fn: processing, needs: ['j1', 'j2', 'j3'] },
	{ id: 'j5', name: 'whistleblower', fn: whistle, needs: [] },
	{ id: 'j6', name: 'sessions', fn: sessions, needs: [] },
	{ id: 'j7', name: 'goals', fn: goals, needs: [] },
	{ id: 'j8', name: 'plan', fn: plan, needs: [] },
	{ id: 'j9', name: 'goal versions', fn: goalVersions, needs: [] },
	{ id: 'j10', name: 'goal set-up', fn: goalAdmin, needs: [] },
	{ id: 'j11', name: 'new plan', fn: planNew, needs: [] },
	{ id: 'j12', name: 'obligations', fn: obligations, needs: [] },
];

// Both widths with and without JavaScript, and by keyboard only.
const VARIANTS = [
	{ name: '375-js', width: 375, height: 812, js: true, keyboard: false },
	{ name: '1280-js', width: 1280, height: 900, js: true, keyboard: false },
	{ name: '375-nojs', width: 375, height: 812, js: false, keyboard: false },
	{ name: '1280-nojs', width: 1280, height: 900, js: false, keyboard: false },
	{ name: '1280-keyboard', width: 1280, height: 900, js: true, keyboard: true },
];

// A journey takes 5 to 20 s; one that takes minutes is stuck.
const JOURNEY_S = 180;

const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
const variants = process.env.VARIANTS ?
    VARIANTS.filter((v) => process.env.VARIANTS.split(',').includes(v.name)) : VARIANTS;
const wanted = new Set();
for (const j of JOURNEYS)
	if (!only || only.includes(j.id)) {
		wanted.add(j.id);
		j.needs.forEach((n) => wanted.add(n));
	}

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	// As root in a sandbox, on a machine with no network beyond loopback.
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	    '--disable-background-networking', '--disable-component-update',
	    '--disable-sync', '--disable-dev-shm-usage'],
});
const tally = new Tally();
let passed = 0, failed = 0;
const t0 = Date.now();

for (const v of variants) {
	const state = { variant: v };	// what one journey hands the next
	const done = new Set();
	for (const j of JOURNEYS) {
		if (!wanted.has(j.id))
			continue;
		const label = `${j.id} ${j.name} [${v.name}]`;
		if (!j.needs.every((n) => done.has(n))) {
			failed++;
			console.log(`not ok - ${label}: skipped, an earlier journey failed`);
			continue;
		}
		const t = Date.now();
		state.users = [];
		const before = tally.steps.get(j.id) || 0;
		let timer;
		try {
			// A journey that hangs fails, and the suite goes on.
			await Promise.race([
				j.fn(browser, v, state, tally, j.id),
				new Promise((_, no) => { timer = setTimeout(() => no(new Failure(`no end after ${JOURNEY_S} s`)), JOURNEY_S * 1000); }),
			]);
			passed++;
			done.add(j.id);
			console.log(`ok - ${label}: ${(tally.steps.get(j.id) || 0) - before} steps, ${((Date.now() - t) / 1000).toFixed(1)} s`);
		} catch (e) {
			failed++;
			console.log(`not ok - ${label}: ${e instanceof Failure ? e.message : e.stack}`);
		} finally {
			clearTimeout(timer);
			for (const u of state.users || [])
				await u.close().catch(() => {});
			state.users = [];
		}
	}
}
await browser.close();
console.log('# steps per journey, all variants together:');
for (const [j, n] of tally.steps)
	console.log(`#   ${j}: ${n}`);
console.log(`# screenshots: ${process.env.SHOTS}, ${((Date.now() - t0) / 1000).toFixed(0)} s in all`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
