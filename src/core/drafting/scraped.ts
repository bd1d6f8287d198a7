// A scraped dump (several notices in one file, or web-page remnants: footers, {{…}} templates, the
// site's metadata lines and toolbars) is material, not a draft: the drafting rules keep quiet on
// it unless asked.
import type { FileModel } from '../model';
import { hasPageChrome } from '../text/pageChrome';

export function isScrapedDump(model: FileModel): boolean {
	return model.documents.length > 1 || model.remnants.length > 0 || model.documents.some(d => d.footer !== null || d.remnants.length > 0)
		|| hasPageChrome(model.text);
}
