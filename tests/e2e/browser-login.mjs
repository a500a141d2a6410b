// Usage: node browser-login.mjs <authorization-url> <username> <password> [expected-text] [trusted-spki]
// Opens the URL in headless Chromium (Debian's /usr/bin/chromium), signs in on Keycloak's login page, and waits
// for the page Custos's loopback listener serves after the token exchange. Prints that page's text.
// trusted-spki (or $CUSTOS_BROWSER_TRUSTED_SPKI): comma-separated base64 SHA-256 hashes of server public keys
// (SubjectPublicKeyInfo) this browser accepts although no CA it knows signed them, for the devstack's HTTPS
// listener. Only those keys: every other certificate error still fails. The browser's trust only; Custos's own
// client trusts the profile's CA bundle.
// Exit codes: 0 the final page contains expected-text (default "Signed in"); 1 otherwise; 2 usage.
import { chromium } from 'playwright-core';

const [url, username, password, expectedArg, spkiArg] = process.argv.slice(2);
const expected = expectedArg || 'Signed in';
if (!url || !username || !password) {
  console.error('usage: browser-login.mjs <authorization-url> <username> <password> [expected-text] [trusted-spki]');
  process.exit(2);
}
const trustedSpki = (spkiArg || process.env.CUSTOS_BROWSER_TRUSTED_SPKI || '').split(',').map((s) => s.trim())
  .filter((s) => s.length > 0);
if (trustedSpki.some((s) => !/^[A-Za-z0-9+/]{43}=$/.test(s))) {
  console.error('browser-login: trusted-spki must be base64 SHA-256 hashes (44 characters each)');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CUSTOS_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync',
         ...(trustedSpki.length > 0 ? [`--ignore-certificate-errors-spki-list=${trustedSpki.join(',')}`] : [])],
});
let status = 1;
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(60000);
  await page.goto(url);
  // Keycloak's login form (keycloak.v2 theme and the classic one share these ids). With organizations enabled
  // the login is identity-first: a username page, then a password page.
  if (await page.locator('#username').count() > 0) {
    await page.fill('#username', username);
    if (await page.locator('#password').count() === 0) {
      await Promise.all([page.waitForSelector('#password'), page.click('#kc-login')]);
    }
  }
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\//), page.click('#kc-login')]);
  await page.waitForLoadState('load');
  const text = await page.locator('body').innerText();
  console.log(text.trim());
  status = text.includes(expected) ? 0 : 1;
} catch (error) {
  console.error(`browser-login: ${error.message}`);
} finally {
  await browser.close();
}
process.exit(status);
