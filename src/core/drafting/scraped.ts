// A scraped dump (several notices in one file, or web-page remnants: footers, {{…}} templates, the
// site's metadata lines and toolbars) is material, not a draft: the drafting rules keep quiet on
// it unless asked.
import type { FileModel } from '../model';
import { hasPageChrome } from '../text/pageChrome';

/** Per parsed file: code actions ask on every move of the cursor, and the chrome scan reads the whole text. */
const chrome = new WeakMap<FileModel, boolean>();

export function isScrapedDump(model: FileModel): boolean {
	if (model.documents.length > 1 || model.remnants.length > 0 || model.documents.some(d => d.footer !== null || d.remnants.length > 0)) { return true; }
	let v = chrome.get(model);
	if (v === undefined) { v = hasPageChrome(model.text); chrome.set(model, v); }
	return v;
}
