// diagnose(model): the drafting diagnostics of a parsed file, as plain data. Given a sink it never
// throws: a check that fails is reported to onError and its findings are left out.
import type { FileModel } from '../model';
import { rethrowSink, coreError, type ErrorSink } from '../errors';
import { ruleContext } from './context';
import { CHECKS, RULES } from './ruleTable';
import { checkDocuments } from './rules/documents';
import { isScrapedDump } from './scraped';
import type { DiagnoseOptions, Diagnostic, RuleCode, RuleLevel } from './types';

export function diagnose(model: FileModel, options: DiagnoseOptions = {}, onError: ErrorSink = rethrowSink): Diagnostic[] {
	if (!options.includeScraped && isScrapedDump(model)) { return []; }
	const level = new Map<RuleCode, RuleLevel>(RULES.map(r => [r.code, options.rules?.[r.code] ?? r.severity]));
	if ([...level.values()].every(l => l === 'off')) { return []; }
	const locale = options.locale ?? 'zh-cn';
	const out: Diagnostic[] = [];
	for (const doc of model.documents) {
		const ctx = ruleContext(model, doc, locale, (code, span, message, data) => {
			const severity = level.get(code);
			if (!severity || severity === 'off') { return; }
			out.push(data ? { code, severity, offset: span.offset, end: span.end, message, data } : { code, severity, offset: span.offset, end: span.end, message });
		});
		for (const check of CHECKS) {
			// A body that is a file name, or a copy of an earlier notice, gets the document-level check only.
			if ((doc.bodyMissing || doc.duplicateOf !== null) && check !== checkDocuments) { continue; }
			try { check(ctx); } catch (e) { onError(coreError('diagnose', e, doc.index)); }
		}
	}
	return out.sort((a, b) => a.offset - b.offset || a.end - b.end);
}
