// Usage: node browser-login.mjs <authorization-url> <username> <password> [expected-text]
// Opens the URL in headless Chromium (Debian's /usr/bin/chromium), signs in on Keycloak's login page, and waits
// for the page Custos's loopback listener serves after the token exchange. Prints that page's text.
// Exit codes: 0 the final page contains expected-text (default "Signed in"); 1 otherwise; 2 usage.
import { chromium } from 'playwright-core';

const [url, username, password, expected = 'Signed in'] = process.argv.slice(2);
if (!url || !username || !password) {
  console.error('usage: browser-login.mjs <authorization-url> <username> <password> [expected-text]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CUSTOS_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
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
