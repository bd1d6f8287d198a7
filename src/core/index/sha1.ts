// The content key of a file's text for the index cache: SHA-1 of its UTF-8 bytes (a key, not
// security). Node's crypto, like segment/resources.ts; nothing here runs in a browser.
import * as crypto from 'node:crypto';

export function sha1(text: string): string {
	return crypto.createHash('sha1').update(text, 'utf8').digest('hex');
}
