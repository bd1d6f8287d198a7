// Small helpers of the drafting tests: diagnose a text, find a heading, apply a fix.
import type { FileModel, Section } from '../../../src/core/model';
import { parseFile, walkSections } from '../../../src/core/parse';
import { diagnose } from '../../../src/core/drafting/diagnose';
import { applyEdits } from '../../../src/core/drafting/edits';
import type { DiagnoseOptions, Diagnostic, RuleCode, TextEdit } from '../../../src/core/drafting/types';

/** A notice written the GB/T 9704 way: no rule may fire on it. */
export const CLEAN = [
	'××市人民政府办公厅关于做好数据工作的通知',
	'',
	'各区人民政府，市政府各部门：',
	'　　为贯彻落实有关要求，经市人民政府同意，现就有关事项通知如下：',
	'　　一、提高思想认识',
	'　　各单位要充分认识数据工作的重要意义。',
	'　　二、明确工作任务',
	'　　（一）加强统筹协调。各单位要按照《国务院办公厅关于加快高速宽带网络建设推进网络提速降费的指导意见》（国办发〔2015〕41号）加强协调。',
	'　　（二）完善工作机制。建立健全工作机制，2025年完成率达到95.5%，投入1,000万元。',
	'　　（三）强化要素保障。',
	'　　1.加大资金投入。各区要加大投入。',
	'　　2.强化人才支撑。详见 https://www.gov.cn/zhengce/a,b.html 。',
	'　　三、加强组织实施',
	'　　（一）加强组织领导。各单位主要负责同志要亲自抓。',
	'　　（二）强化督促检查。每季度检查一次。',
	'',
	'　　附件：1.数据工作任务分工表',
	'　　　　　2.数据工作联系人名单',
	'',
	'××市人民政府办公厅',
	'2025年5月1日',
].join('\n');

export function codes(text: string, options: DiagnoseOptions = {}): RuleCode[] {
	return diagnose(parseFile(text), options).map(d => d.code);
}

export function diagnosticsOf(text: string, code: RuleCode, options: DiagnoseOptions = {}): Diagnostic[] {
	return diagnose(parseFile(text), options).filter(d => d.code === code);
}

/** The text a diagnostic points at. */
export function at(text: string, d: { offset: number; end: number }): string {
	return text.slice(d.offset, d.end);
}

/** The heading whose marker and title read `markerTitle` (e.g. `（二）完善工作机制`). */
export function heading(model: FileModel, markerTitle: string): Section {
	let found: Section | null = null;
	for (const d of model.documents) { walkSections(d.sections, s => { if (!found && `${s.marker}${s.title}` === markerTitle) { found = s; } }); }
	if (!found) { throw new Error(`no heading ${markerTitle}`); }
	return found;
}

/** marker+title of every heading, indented by depth. */
export function outline(text: string): string[] {
	const out: string[] = [];
	for (const d of parseFile(text).documents) { walkSections(d.sections, (s, a) => out.push(`${'  '.repeat(a.length)}${s.marker}${s.title}`)); }
	return out;
}

export function applied(text: string, edits: readonly TextEdit[]): string {
	return applyEdits(text, edits);
}

export function lines(...l: string[]): string {
	return l.join('\n');
}

/** The lines under a title line, as a notice is written (a heading line is never taken for the title). */
export function notice(...l: string[]): string {
	return lines('关于做好某项工作的通知', '', ...l);
}
