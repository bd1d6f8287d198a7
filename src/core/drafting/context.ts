// What a rule gets: one document of the model, and a way to report a finding.
import type { FileModel, NoticeDocument, Span } from '../model';
import { message, type MessageId } from './messages';
import type { DiagnosticData, Locale, RuleCode } from './types';

export interface RuleContext {
	model: FileModel;
	text: string;
	doc: NoticeDocument;
	locale: Locale;
	/** Reports a finding of `code` over `span`, its message `id` filled with `args`. */
	report(code: RuleCode, span: Span, id: MessageId, args: (string | number)[], data?: DiagnosticData): void;
	/** A message part (an ending's name, a 文号 problem) in the context's locale. */
	msg(id: MessageId, ...args: (string | number)[]): string;
}

/** One check over one document; it may report several codes. */
export type Rule = (ctx: RuleContext) => void;

export function ruleContext(model: FileModel, doc: NoticeDocument, locale: Locale, sink: (code: RuleCode, span: Span, text: string, data?: DiagnosticData) => void): RuleContext {
	return {
		model, text: model.text, doc, locale,
		report: (code, span, id, args, data) => sink(code, span, message(locale, id, ...args), data),
		msg: (id, ...args) => message(locale, id, ...args),
	};
}
