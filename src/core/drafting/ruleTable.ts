// The rules of the drafting diagnostics: code, default severity, setting (policyNotice.diagnostics.<setting>:
// 'off' or a severity) and the check that reports it. One check may report several codes.
import type { Rule } from './context';
import type { Locale, RuleCode, RuleLevel, Severity } from './types';
import { message } from './messages';
import { DEFAULT_HOUSE_STYLE } from './markerText';
import { checkNumbering } from './rules/numbering';
import { checkFamilyOrder } from './rules/familyOrder';
import { checkMarkerStyle } from './rules/markerStyle';
import { checkEmptyHeadings, checkHeadingEndings } from './rules/headings';
import { checkPunctuation } from './rules/punctuation';
import { checkDocNumbers } from './rules/docNumber';
import { checkAnnexes } from './rules/annexes';
import { checkDocuments } from './rules/documents';

export interface RuleInfo {
	code: RuleCode;
	severity: Severity;
	/** Key under policyNotice.diagnostics: the code in camelCase (numbering-gap → numberingGap). */
	setting: string;
}

const rule = (code: RuleCode, severity: Severity): RuleInfo => ({ code, severity, setting: code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) });

export const RULES: readonly RuleInfo[] = [
	rule('numbering-gap', 'warning'),
	rule('numbering-repeat', 'warning'),
	rule('family-order', 'warning'),
	rule('marker-style-mixed', 'information'),
	rule('marker-brackets', 'information'),
	rule('heading-empty', 'warning'),
	rule('heading-ending', 'information'),
	rule('half-width-punctuation', 'information'),
	rule('doc-number-format', 'warning'),
	rule('annex-missing', 'warning'),
	rule('annex-unlisted', 'warning'),
	rule('duplicate-document', 'information'),
	rule('body-missing', 'warning'),
];

/** Every check, in the order their findings are listed for one position. */
export const CHECKS: readonly Rule[] = [
	checkDocuments, checkNumbering, checkFamilyOrder, checkMarkerStyle, checkEmptyHeadings, checkHeadingEndings,
	checkDocNumbers, checkAnnexes, checkPunctuation,
];

export const SETTINGS_SECTION = 'policyNotice.diagnostics';
const LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint'];

/** The rule's description for the settings, in `locale`. */
export function ruleDescription(code: RuleCode, locale: Locale): string {
	return message(locale, `rule.${code}`);
}

/**
 * Rule levels from settings keyed by setting name (`{ numberingGap: 'off' }`, as the
 * policyNotice.diagnostics section or a CLI flag gives them); unknown keys and values are ignored.
 */
export function levelsFromSettings(settings: Readonly<Record<string, unknown>> | undefined): Partial<Record<RuleCode, RuleLevel>> {
	const out: Partial<Record<RuleCode, RuleLevel>> = {};
	for (const r of RULES) {
		const v = settings?.[r.setting] ?? settings?.[r.code];
		if (typeof v === 'string' && (LEVELS as readonly string[]).includes(v)) { out[r.code] = v as RuleLevel; }
	}
	return out;
}

export interface SettingInfo {
	/** Full setting key, e.g. `policyNotice.diagnostics.numberingGap`. */
	key: string;
	type: 'string' | 'boolean' | 'object';
	default: unknown;
	enum?: readonly string[];
	description: Record<Locale, string>;
}

/**
 * Every drafting setting with its default and description, in the shape of package.json's
 * contributes.configuration (the adapters and the docs read this; one place for the list).
 */
export function draftingSettings(): SettingInfo[] {
	const both = (id: Parameters<typeof message>[1]) => ({ 'zh-cn': message('zh-cn', id), en: message('en', id) });
	return [
		...RULES.map(r => ({ key: `${SETTINGS_SECTION}.${r.setting}`, type: 'string' as const, default: r.severity, enum: LEVELS, description: both(`rule.${r.code}`) })),
		{ key: `${SETTINGS_SECTION}.includeScraped`, type: 'boolean', default: false, description: both('setting.includeScraped') },
		{ key: 'policyNotice.drafting.markerStyle', type: 'object', default: { ...DEFAULT_HOUSE_STYLE }, description: both('setting.markerStyle') },
	];
}
