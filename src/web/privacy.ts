// The one privacy promise, word for word wherever the app or the docs make it (README "Privacy";
// test/server/privacy-promise.test.ts checks they agree). Change it here and in the README together.

/** Without an account: the questions, the results and the session all run in this browser. */
export const PRIVACY_DEVICE = 'Your answers stay on this device. backrub checks them here, in your browser.';

/** Once an account is used: what goes to the server, and who can see it. */
export const PRIVACY_ACCOUNT =
  'With an account, what you save goes to the server that runs this backrub: your diary, check-ins and the answers you choose to save. ' +
  'Other people cannot see it unless you make a share link.';

/** What deleting the account does, on the server and on this device. */
export const PRIVACY_DELETE = 'Deleting your account removes all of it from the server. It also clears the answers saved on this device.';

/** Every key this app keeps in the browser starts with this. */
const KEY_PREFIX = 'backrub.';

/**
 * Forgets everything this app saved in this browser (answers, drafts, session state), as the privacy
 * promise says happens when the account is deleted. Storage that is blocked is simply skipped.
 */
export function clearDeviceData(): void {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = window[name];
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((key): key is string => key?.startsWith(KEY_PREFIX) ?? false);
      for (const key of keys) store.removeItem(key);
    } catch {
      /* private mode or storage blocked: nothing was saved there */
    }
  }
}
