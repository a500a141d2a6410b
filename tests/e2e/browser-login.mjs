// Usage: node browser-login.mjs <authorization-url> <username> <password> [expected-text] [trusted-spki]
// Opens the URL in headless Chromium (Debian's /usr/bin/chromium), signs in on Keycloak's login page, and waits
// for the page Custos's loopback listener serves after the token exchange. Prints that page's text.
// trusted-spki (or $CUSTOS_BROWSER_TRUSTED_SPKI): comma-separated base64 SHA-256 hashes of server public keys
// (SubjectPublicKeyInfo) this browser accepts although no CA it knows signed them, for the devstack's HTTPS
// listener. Only those keys: every other certificate error still fails. The browser's trust only; Custos's own
// client trusts the profile's CA bundle.
// $CUSTOS_BROWSER_TOTP_SECRET (base32): when Keycloak asks for a one-time code (a step-up to a higher level of
// authentication), the current TOTP code of this secret is entered, as the person's authenticator app would show it.
// Exit codes: 0 the final page contains expected-text (default "Signed in"); 1 otherwise; 2 usage.
import { createHmac } from 'node:crypto';
import { chromium } from 'playwright-core';

// RFC 6238 TOTP: HMAC-SHA1, 30-second steps, 6 digits (the devstack's authenticators).
function totp(base32Secret) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Secret.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(c);
    if (value < 0) throw new Error('CUSTOS_BROWSER_TOTP_SECRET is not base32');
    bits += value.toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}
const totpSecret = process.env.CUSTOS_BROWSER_TOTP_SECRET || '';

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
  // The console's loopback listener; the devstack's Keycloak listens on 127.0.0.1 too, on another port.
  const keycloakOrigin = new URL(url).origin;
  const backToConsole = (address) =>
    /^http:\/\/127\.0\.0\.1:\d+\//.test(address.toString()) && new URL(address).origin !== keycloakOrigin;
  await page.click('#kc-login');
  // Either back to the console, or (a step-up to a higher level) Keycloak's one-time code form.
  await Promise.race([page.waitForURL(backToConsole).catch(() => {}), page.waitForSelector('#otp').catch(() => {})]);
  if (!backToConsole(page.url())) {
    if (!totpSecret) throw new Error('Keycloak asks for a one-time code and no CUSTOS_BROWSER_TOTP_SECRET is set');
    await page.fill('#otp', totp(totpSecret));
    await Promise.all([page.waitForURL(backToConsole), page.click('#kc-login')]);
  }
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
