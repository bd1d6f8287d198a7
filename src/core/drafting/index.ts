// The drafting aids: diagnostics, fixes, code actions and templates over a parsed FileModel, as
// plain data. The language service, the editor adapters and the CLI (`check`, `fix`) read this.
export type { CodeAction, CodeActionKind, DiagnoseOptions, Diagnostic, DiagnosticData, HouseStyle, LadderFamily, Locale, RuleCode, RuleLevel, Severity, TextEdit } from './types';
export { diagnose } from './diagnose';
export { RULES, SETTINGS_SECTION, draftingSettings, levelsFromSettings, ruleDescription, type RuleInfo, type SettingInfo } from './ruleTable';
export { isScrapedDump } from './scraped';
export { codeActions, type CodeActionOptions } from './codeActions';
export { renumberSiblings } from './fixes/renumber';
export { normalizeMarkers } from './fixes/normalize';
export { promoteSection, demoteSection } from './fixes/level';
export { moveSection } from './fixes/move';
export { nextMarkerAfter } from './fixes/nextMarker';
export { toFullWidthPunctuation } from './fixes/punctuation';
export { applyEdits, combineEdits, editsOverlap, sortEdits } from './edits';
export { DEFAULT_HOUSE_STYLE, houseStyleFrom } from './markerText';
export { message, type MessageId } from './messages';
export { TEMPLATES, expandTemplate, snippetText, templateById, type NoticeTemplate, type TemplateId } from './templates';
