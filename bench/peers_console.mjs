// The Keycloak Admin Console's side of bench/run-peer-compare: the real web UI in Debian's headless Chromium,
// driven by playwright-core (tests/e2e/node_modules), signed in as alice with her own password.
//   node bench/peers_console.mjs KEYCLOAK_URL REALM PASSWORD RUNS DISABLE_FILE BATCH [DISABLE_RUNS]
// Operations (as run-peer-compare numbers them):
//  1. search "an": from pressing Enter to the first page's rows rendered;
//  2. open alice and show her effective roles: from clicking her name to the role mapping tab's rows with inherited
//     roles shown;
//  3. the users who hold manage-users: the client role's "Users in role" tab (direct members only);
//  4. disable users one by one (the console's user list has no bulk disable): search, open, switch "Enabled" off,
//     confirm; DISABLE_RUNS runs of BATCH users from DISABLE_FILE (after the ones for other tools);
//  5. first launch: a new browser profile's load of the console until the login form is shown.
// Prints one line per operation: "peer-result<TAB>op<TAB>console<TAB>median ms<TAB>runs<TAB>what it shows".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { chromium } = createRequire(join(here, '..', 'tests', 'e2e', 'package.json'))('playwright-core');

const [keycloakUrl, realm, password, runsArg, disableFile, batchArg, disableRunsArg] = process.argv.slice(2);
if (!keycloakUrl || !realm || !password || !disableFile) {
  console.error('usage: peers_console.mjs KEYCLOAK_URL REALM PASSWORD RUNS DISABLE_FILE BATCH [DISABLE_RUNS]');
  process.exit(2);
}
const runs = Number(runsArg || 5);
const batch = Number(batchArg || 100);
const disableRuns = Number(disableRunsArg || runs);
const usernames = readFileSync(disableFile, 'utf8').split('\n').filter((line) => line.length > 0);
const consoleUrl = `${keycloakUrl}/admin/${realm}/console/`;

const median = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};
const report = (op, samples, shows) =>
  console.log(['peer-result', op, 'console', samples.length ? median(samples).toFixed(0) : '-', samples.length,
    shows].join('\t'));
// A user's link in the list: the username, followed by a "Disabled" label for disabled users.
const userLink = (page, username) => page.locator('table tbody tr td a', {
  hasText: new RegExp(`^${username.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`),
}).first();
const timed = async (action) => {
  const started = performance.now();
  await action();
  return performance.now() - started;
};

const browser = await chromium.launch({
  executablePath: process.env.CUSTOS_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let status = 0;
try {
  // 5. First launch: every run in a new profile (no cache), like a browser opening the console for the first time.
  const launches = [];
  for (let run = 0; run < runs; ++run) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    launches.push(await timed(async () => {
      await page.goto(consoleUrl);
      await page.locator('#username').waitFor();
    }));
    await context.close();
  }
  report(5, launches, 'the login form (new browser profile, no cache; the browser already running)');

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  await page.goto(consoleUrl);
  await page.fill('#username', 'alice');
  if (await page.locator('#password').count() === 0) await page.click('#kc-login');
  await page.fill('#password', password);
  await page.click('#kc-login');
  await page.waitForURL(/\/console\/#?/);

  const usersUrl = `${consoleUrl}#/${realm}/users`;
  const searchBox = page.getByPlaceholder(/search user/i);
  const rows = page.locator('table tbody tr');
  // From Enter until the table shows the answer's first user in its first row (the list reads
  // ui-ext/brute-force-user?…&search=TEXT).
  const searchFor = async (text) => {
    await page.goto('about:blank');
    await page.goto(usersUrl);
    await searchBox.waitFor();
    await rows.first().waitFor();
    await searchBox.fill(text);
    return timed(async () => {
      const answered = page.waitForResponse((response) =>
        new URL(response.url()).searchParams.get('search') === text);
      await searchBox.press('Enter');
      const users = await (await answered).json();
      if (users.length === 0) throw new Error(`the console found no user for "${text}"`);
      await page.locator('table tbody tr').first().locator('td a', { hasText: users[0].username }).waitFor();
    });
  };

  // 1. Search "an".
  const searches = [];
  for (let run = 0; run < runs; ++run) searches.push(await searchFor('an'));
  report(1, searches, `${await rows.count()} rows (the console shows no total)`);

  // 2. alice's effective roles: her role mapping tab with "Hide inherited roles" unchecked.
  const openings = [];
  let roleRows = 0;
  let morePages = false;
  for (let run = 0; run < runs; ++run) {
    await searchFor('alice');
    openings.push(await timed(async () => {
      await userLink(page, 'alice').click();
      await page.getByTestId('role-mapping-tab').click();
      await rows.first().waitFor();
      await page.locator('#hideInheritedRoles').uncheck();
      await page.locator('table tbody tr td', { hasText: 'manage-users' }).first().waitFor();
    }));
    roleRows = await rows.count();
    morePages = await page.getByRole('button', { name: /go to next page/i }).first().isEnabled();
  }
  report(2, openings, `${roleRows} role rows, inherited shown${morePages ? ' (first page; more on the next)' : ''}`);

  // 3. Holders of manage-users: realm-management's manage-users role, "Users in role" tab.
  const holders = [];
  let holderShows = '';
  for (let run = 0; run < runs; ++run) {
    await page.goto('about:blank');
    holders.push(await timed(async () => {
      await page.goto(`${consoleUrl}#/${realm}/clients`);
      await page.locator('table tbody tr td a', { hasText: /^realm-management$/ }).first().click();
      await page.getByRole('tab', { name: /^roles$/i }).click();
      await page.locator('table tbody tr td a', { hasText: /^manage-users$/ }).first().click();
      await page.getByRole('tab', { name: /users in role/i }).click();
      await Promise.race([page.locator('table tbody tr').first().waitFor(),
        page.locator('.pf-v5-c-empty-state').first().waitFor()]);
    }));
    const listed = await page.locator('table tbody tr').count();
    holderShows = listed ? `${listed} users (direct members only)`
      : `0 users: "${(await page.locator('.pf-v5-c-empty-state').first().innerText()).trim().split('\n')[0]}"`;
  }
  report(3, holders, holderShows);

  // 4. Disable users one by one.
  const disables = [];
  for (let run = 0; run < disableRuns; ++run) {
    const names = usernames.slice(run * batch, (run + 1) * batch);
    disables.push(await timed(async () => {
      for (const name of names) {
        await searchFor(name);
        await userLink(page, name).click();
        // The switch's input is hidden behind its label, which is what a person clicks.
        await page.locator(`label[for="${name}-switch"]`).click();
        const saved = page.waitForResponse((response) => response.request().method() === 'PUT' &&
          new URL(response.url()).pathname.includes(`/admin/realms/${realm}/users/`));
        await page.getByRole('dialog').getByTestId('confirm').click();
        if (!(await saved).ok()) throw new Error(`the console could not disable ${name}`);
        await page.waitForFunction((id) => !document.getElementById(id).checked, `${name}-switch`);
      }
    }));
  }
  report(4, disables, `${batch} disabled per run, one by one (no bulk disable in the user list)`);
} catch (error) {
  console.error(`peers_console: ${error.message}`);
  status = 1;
} finally {
  await browser.close();
}
process.exit(status);
