// Builds the section tree of one document. Numbering is evidence, not a gate: a marker that
// continues its family (or starts it at 1) is a heading; one that does not is weighed against
// the next marker of its family, so a missing, garbled or repeated heading costs that heading
// only, and a run that restarts (under a new 第X章, in a second issued document, after an
// unnumbered part heading) is accepted where the following numbers confirm it.
import type { MarkerFamily, Section, SectionKind, Span } from '../model';
import { decimalRank, matchMarker, OPENING_FAMILIES, RANK, RUNNING, type MarkerCandidate } from './markers';
import { headingTitle, normalizeForMatch } from './titles';
import { structureBlocks, type Block } from './blocks';
import { ISSUER_END, SIGNATURE_DATE, SIGNATURE_DATE_IN_TEXT as DATE_END, SIGNED_THEN } from '../text/signature';
import { TITLE_RE } from '../documents/titles';

const SECTION_LEVEL: Partial<Record<MarkerFamily, number>> = {
	cnComma: 1, cnParen: 2, arabicDot: 3, arabicParen: 4, latinParen: 5, circled: 5, chapter: 1, subchapter: 2, article: 3,
};
const KIND: Record<MarkerFamily, SectionKind> = {
	plan: 'plan', annex: 'annex', box: 'box', part: 'part', chapter: 'chapter', subchapter: 'subchapter', article: 'article',
	cnComma: 'section', cnParen: 'section', arabicDot: 'section', decimal: 'section', arabicParen: 'section', latinParen: 'section', circled: 'section',
};

interface Frame {
	section: Section | null; // null for the document root
	rank: number;
	/** Last number of each family key among this frame's children. */
	lastChild: Map<string, number>;
	/** Root, plan, annex or part: running numbers are counted per container. */
	container: boolean;
	/** Last number of each family key in the numbering scope: the container's, or a box's own. */
	lastInContainer: Map<string, number>;
	/** Numbering path of the heading (第2章 → [2], 2.1 → [2, 1]) for decimal children. */
	path: number[] | null;
	/** Ranks the document itself gives numbered families against GB/T order (1. above （一）), per issued document. */
	ranks: Map<MarkerFamily, number>;
}

export interface OutlineOptions {
	/** Titles of the documents the notice 印发/转发s; each title block becomes a `plan` node. */
	planTitles?: readonly string[];
}

const TOC_ENTRY = /(?:\.{4,}|…{2,}|·{4,}|．{4,})[ \t\u3000]*[0-9０-９]{0,4}$/u;
const TOC_HEAD = /^目[ \t\u3000]*录$/;
/** A block that can head a part: short, not a sentence. */
const PART_LINE = /^[^。；;，,：:！？]{2,30}$/;
/** A department alone on its line: 市公安局, 市人力社保局, 省发展改革委. */
const isDrafterLine = (line: string) => /^[\u4e00-\u9fa5、]{2,20}$/u.test(line) && ISSUER_END.test(line);
/** A line that names a document (…实施细则, …管理办法, …工作方案), not a sentence. */
const isTitleLine = (line: string) => line.length <= 60 && !/[。；;，,：:！？]/u.test(line) && TITLE_RE.test(line);
/** A subheading of an article without numbered headings: a line of text that is not a sentence. */
const SUBHEAD_LINE = /^[^。；;，,：:！？]{4,40}$/;
/** A signature date and blanks at the start of a line that goes on with something else. */
/** Numbered heading families whose title may stand on the line after a bare marker. */
const TITLED_FAMILIES: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['cnComma', 'cnParen', 'arabicDot', 'arabicParen']);
/** Families whose marker may stand alone, its title on the next line or none. */
const TITLE_OWN_LINE: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['annex', 'box', 'chapter', 'subchapter', 'part']);
/** Numbered families that also number a table's cells. */
const CELL_FAMILIES: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['arabicDot', 'arabicParen', 'circled', 'decimal']);
/** Characters of an attachment's title compared to find it named earlier. */
const ANNEX_PREFIX = 6;
/** A shorter title (`典型场景`) is compared whole. */
const ANNEX_KEY_MIN = 4;
/** Characters two annex lines must share from their title's start to name the same attachment. */
const SHARED_TITLE_MIN = 12;
/** An issuer's name (one or a few, 、 between them) before a title's 关于, not a sentence (现将…). */
const ISSUER_PREFIX = /^(?!.*[将现把])[\u4e00-\u9fa5、 \u3000]{1,20}(?:部|委|局|厅|办|院|会|府|室|署|行|门|位|组|中心)$/u;
/** The numbered families whose order a document may invert (1. above （一）). */
const NESTING: ReadonlySet<MarkerFamily> = new Set<MarkerFamily>(['cnComma', 'cnParen', 'arabicDot', 'arabicParen']);
/** `注：` (notes) right before a glued list. */
const NOTE_LABEL = /(?:^|[^\u4e00-\u9fa5])注[ \t\u3000]*[:：][ \t\u3000]*$/u;
/** A plan's period on the line after its title, normalized: (2018-2022年). */
const PERIOD_LINE = /^[(][0-9]{4}(?:-|至|到)[0-9]{4}年[)]$/;


export function buildOutline(text: string, paragraphs: readonly Span[], options: OutlineOptions = {}): Section[] {
	const planKeys = (options.planTitles ?? []).map(planForm).filter(k => k.length >= 4);
	const issuedTitleBefore = planKeys.length ? (at: number, from: number): number => {
		for (const key of planKeys) {
			const start = planTitleStartBefore(text, at, from, key);
			if (start >= 0) { return start; }
		}
		return -1;
	} : undefined;
	const blocks = structureBlocks(text, paragraphs, issuedTitleBefore);
	const cands: (MarkerCandidate | null)[] = blocks.map(b => b.marker ?? matchMarker(text, b.offset, b.end));
	const nextSame = nextOfSameKey(cands);
	const nextTopLevel = firstOfFamilies(cands, TOP_LEVEL);
	const tocBlocks = repeatedTocRuns(text, blocks, cands);
	/** Entries of an 附件说明 list (附件：1.… 2.…). */
	const annexList = new Set<number>();
	const signatureAt = firstSignature(text, blocks);
	const planSeen = new Set<number>();
	const blockAt = new Map<number, number>(blocks.map((b, i) => [b.offset, i]));
	/** The last annex block whose title starts with these characters (an 附件说明 line names a later attachment). */
	const annexByPrefix = new Map<string, number>();
	const annexTitleKey = (bi: number): string => {
		const c = cands[bi]!, b = blocks[bi], next = blocks[bi + 1];
		if (c.titleStart < b.end) { return normalizeForMatch(text.slice(c.titleStart, b.end)); }
		return next && !cands[bi + 1] && next.end - next.offset <= 80 ? normalizeForMatch(text.slice(next.offset, next.end)) : '';
	};
	/** The first annex block whose title starts with these characters (the 附件说明 line, when there is one). */
	const annexFirstByPrefix = new Map<string, number>();
	cands.forEach((c, bi) => {
		if (c?.family !== 'annex') { return; }
		const key = annexTitleKey(bi);
		if (key.length < ANNEX_KEY_MIN) { return; }
		annexByPrefix.set(key.slice(0, ANNEX_PREFIX), bi);
		if (!annexFirstByPrefix.has(key.slice(0, ANNEX_PREFIX))) { annexFirstByPrefix.set(key.slice(0, ANNEX_PREFIX), bi); }
	});
	/** Parents (null: the root) under which parts were opened. */
	const withParts = new Set<Section | null>();

	const roots: Section[] = [];
	const root: Frame = { section: null, rank: -1, lastChild: new Map(), container: true, lastInContainer: new Map(), path: null, ranks: new Map() };
	const stack: Frame[] = [root];
	let prevEnd = blocks.length ? blocks[0].offset : 0;
	let inToc = false;
	let chaptersSeen = false;
	/** A 第X章 anywhere: a rule whose first chapters lost their markers still has chapters. */
	const hasChapters = cands.some(c => c?.family === 'chapter');
	const tocEntries = new Set<string>();

	const top = () => stack[stack.length - 1];
	const container = (): Frame => {
		for (let i = stack.length - 1; i >= 0; i--) { if (stack[i].container) { return stack[i]; } }
		return root;
	};
	const popTo = (depth: number, end: number) => {
		while (stack.length > depth) {
			const f = stack.pop()!;
			if (f.section) { f.section.end = Math.max(end, f.section.paragraph.end); }
		}
	};
	// (A box numbers its entries on its own too, without being a container: its 1.–10. leave the
	// count of the tasks around it alone, so task 5. after it still runs on from task 4.)
	const attach = (section: Section, key: string, asContainer: boolean, rank: number, path: number[] | null, ownNumbering = asContainer) => {
		const parent = top();
		(parent.section ? parent.section.children : roots).push(section);
		parent.lastChild.set(key, section.number);
		parent.lastInContainer.set(key, section.number);
		const ranks = asContainer && section.kind !== 'part' ? new Map<MarkerFamily, number>() : parent.ranks;
		stack.push({ section, rank, lastChild: new Map(), container: asContainer, lastInContainer: ownNumbering ? new Map() : parent.lastInContainer, path, ranks });
	};

	for (let bi = 0; bi < blocks.length; bi++) {
		const b = blocks[bi];
		// What only a short block can be (目录, a TOC entry, an issued document's title, a
		// signature) is not looked for in long ones: body paragraphs cost one comparison.
		const short = b.end - b.offset <= 200;
		const head = short ? text.slice(b.offset, b.end) : '';

		// A table of contents names headings that come later: 目录, then its entries.
		// It ends where a heading it lists comes again.
		if (TOC_HEAD.test(head)) { inToc = true; tocEntries.clear(); prevEnd = b.end; continue; }
		// `目　　录`: two full-width spaces made two paragraphs of it.
		if (head === '目' && blocks[bi + 1] && text.slice(blocks[bi + 1].offset, blocks[bi + 1].end) === '录' && !/[\r\n]/.test(text.slice(b.end, blocks[bi + 1].offset))) {
			inToc = true; tocEntries.clear(); bi++; prevEnd = blocks[bi].end; continue;
		}
		if (inToc) {
			const entry = tocKey(head);
			// (A numbered entry may have a comma: 第三章　强化源头防控，夯实绿色发展基础.)
			if (b.end - b.offset <= 80 && !/[。；;]/.test(head) && (cands[bi] || !/[，,]/.test(head)) && !tocEntries.has(entry)) { tocEntries.add(entry); prevEnd = b.end; continue; }
			inToc = false;
		}
		if (tocBlocks.has(bi) || annexList.has(bi) || (short && TOC_ENTRY.test(head))) { prevEnd = b.end; continue; }

		// Each document the notice issues starts with its title on a block of its own.
		let wrapped = 0;
		const pk = b.glued || !short ? -1 : planKeys.findIndex((k, i) => !planSeen.has(i)
			&& (isPlanTitleBlock(bi, k) || (wrapped = wrappedTitleLines(bi, k)) > 0) && !titleAgainBeforeBody(bi + wrapped, k));
		if (pk < 0 && !b.glued && planKeys.length) {
			// The title glued to the first sentence of the document, or after the cover letter's
			// signature date on the same line (二○一一年十二月十五日  国家环境保护“十二五”规划).
			let from = b.offset;
			const signed = short ? SIGNED_THEN.exec(head) : null;
			if (signed) { from = b.offset + signed[0].length; }
			let k = planKeys.findIndex((key, i) => !planSeen.has(i) && gluedPlanTitleEnd(text, from, b.end, key) > 0 && !(from === b.offset && titleAgainBeforeBody(bi, key)));
			let paragraphStart = b.offset;
			if (k < 0 && planKeys.length > planSeen.size) {
				// A one-line scrape of a 政府令: 现予公布…总理 温家宝二○一一年九月三十日X的决定国务院决定…
				const at = titleAfterSignatureIn(b);
				if (at) { [from, k] = at; paragraphStart = from; }
			}
			if (k >= 0) {
				planSeen.add(k);
				popTo(1, prevEnd);
				const end = gluedPlanTitleEnd(text, from, b.end, planKeys[k]);
				const plan = makeSection(text, { offset: from, end }, 'plan', 0, { markerEnd: from, titleStart: from });
				plan.paragraph = { offset: paragraphStart, end: b.end };
				attach(plan, 'plan', true, RANK.plan, null);
				prevEnd = b.end;
				continue;
			}
		}
		if (pk >= 0) {
			planSeen.add(pk);
			popTo(1, prevEnd);
			// The title starts after a bracketed note of the cover letter on the same line, if any.
			const note = /^[（(][^（）()]{1,12}[）)][\s\u3000]*/u.exec(head);
			const start = note && !normalizeForMatch(note[0]).startsWith(planKeys[pk].slice(0, 2)) ? b.offset + note[0].length : b.offset;
			const plan = makeSection(text, { offset: start, end: b.end }, 'plan', 0, { markerEnd: start, titleStart: start });
			// A title on several lines (关于推进…工作的 / 实施意见): its lines are one title.
			for (; wrapped > 0; wrapped--) {
				const line = blocks[++bi];
				plan.title += text.slice(line.offset, line.end).trim();
				plan.heading = { offset: plan.heading.offset, end: line.end };
				plan.paragraph = { offset: plan.paragraph.offset, end: line.end };
			}
			// A period on the next block belongs to the title: 山东省…专项规划 / (2018-2022年).
			const next = blocks[bi + 1];
			if (next && PERIOD_LINE.test(normalizeForMatch(text.slice(next.offset, Math.min(next.end, next.offset + 40))))) {
				plan.title = `${plan.title}${text.slice(next.offset, next.end)}`;
				plan.heading = { offset: b.offset, end: next.end };
				plan.paragraph = { offset: b.offset, end: next.end };
				bi++;
			}
			attach(plan, 'plan', true, RANK.plan, null);
			prevEnd = plan.paragraph.end;
			continue;
		}
		// A signature (issuer, then a date on its own) ends the cover letter's sections.
		if (short && !b.glued && SIGNATURE_DATE.test(head) && bi > 0) {
			const issuer = blocks[bi - 1];
			if (issuer.end - issuer.offset <= 40 && stack.length > 1) {
				popTo(depthOfInnermostContainer(stack), bi > 1 ? blocks[bi - 2].end : issuer.offset);
			}
		}

		let cand = cands[bi];
		// （三） alone on its line (a table cell that wrapped), its title the short line after it.
		const titleLine = cand && cand.titleStart >= b.end && TITLED_FAMILIES.has(cand.family) ? blocks[bi + 1] : undefined;
		if (cand && titleLine && !cands[bi + 1] && !titleLine.glued && titleLine.end - titleLine.offset <= 20 && !/[。，,；;：:]/.test(text.slice(titleLine.offset, titleLine.end))) {
			cand = { ...cand, titleStart: titleLine.offset };
			const joined: Block = { offset: b.offset, end: titleLine.end, glued: b.glued };
			if (accept(cand, joined, bi)) { prevEnd = joined.end; bi++; continue; }
		}
		// `第三十五条   我委…`: a scrape's blanks split a marker from its text on the same line.
		const rest = blocks[bi + 1];
		if (cand && cand.titleStart >= b.end && !TITLE_OWN_LINE.has(cand.family) && rest && !cands[bi + 1] && !/[\r\n]/.test(text.slice(b.end, rest.offset))) {
			const joined: Block = { offset: b.offset, end: rest.end, glued: b.glued };
			if (accept({ ...cand, titleStart: rest.offset }, joined, bi)) { prevEnd = joined.end; bi++; continue; }
		}
		// A one-line scrape: the issued document's title glued after the cover letter's last
		// sentence or signature date, some way before its first heading (…重新公布。X条例（1993年…）
		// 第一章　总　　则; …林业局2021年5月11日《X方案》为持续…。一、指导思想).
		// (Also after another issued document that has no heading yet: a decision, then the regulation it republishes.)
		const nothingOpen = stack.length === 1 || (stack.length === 2 && top().section?.kind === 'plan' && !top().section!.children.length);
		if (cand && b.glued && cand.number === 1 && OPENING_FAMILIES.has(cand.family) && planKeys.length > planSeen.size && bi > 0 && nothingOpen) {
			const title = gluedTitleBefore(b.offset, Math.max(roots.length ? roots[roots.length - 1].end : 0, b.offset - 3000));
			if (title) {
				popTo(1, title.offset);
				attach(makeSection(text, title, 'plan', 0, { markerEnd: title.offset, titleStart: title.offset }), 'plan', true, RANK.plan, null);
			}
		}
		if (cand && accept(cand, b, bi)) { prevEnd = b.end; continue; }
		if (!cand && unnumberedChapter(b, bi)) { prevEnd = b.end; continue; }
		if (!cand && lostCommaHeading(b, bi)) { prevEnd = b.end; continue; }
		// Body text: a rejected glued block still belongs to the heading paragraph before it.
		const t = top().section;
		if (b.glued && t && t.paragraph.end === prevEnd) { t.paragraph.end = b.end; }
		prevEnd = b.end;
	}
	popTo(1, prevEnd);
	return roots.length ? roots : unnumberedParts(text, blocks, cands);

	/**
	 * The last unseen issued title in text[from, to) that starts right after a 。 or a signature
	 * date, up to `to`; one in 《》 only when no other is found (…的决定。《X条例》根据本决定… quotes it).
	 */
	function gluedTitleBefore(to: number, from: number): Span | null {
		const starts: number[] = [];
		// Within [from, to) only: a search past `to` would read on through the file for each call.
		const window = text.slice(from, to);
		for (let i = window.indexOf('。'); i >= 0; i = window.indexOf('。', i + 1)) { starts.push(from + i + 1); }
		DATE_END.lastIndex = 0;
		for (let m = DATE_END.exec(window); m; m = DATE_END.exec(window)) { starts.push(from + m.index + m[0].length); }
		starts.sort((a, b) => b - a);
		let quoted: { at: number; k: number } | null = null;
		for (const at of starts) {
			const k = planKeys.findIndex((key, ki) => !planSeen.has(ki) && gluedPlanTitleEnd(text, at, to, key) > 0);
			if (k < 0) { continue; }
			if (text[at] !== '《') { planSeen.add(k); return { offset: at, end: to }; }
			quoted ??= { at, k };
		}
		if (quoted) { planSeen.add(quoted.k); return { offset: quoted.at, end: to }; }
		return null;
	}

	/**
	 * 关于推进某某工作的 / 实施意见: an issued title GB/T 9704 centres on two or three lines; the number of
	 * lines after block bi that complete it, else 0.
	 */
	function wrappedTitleLines(bi: number, key: string): number {
		let joined = planForm(text.slice(blocks[bi].offset, blocks[bi].end));
		if (cands[bi] || joined.length < 2 || /[。，,；;]/.test(text.slice(blocks[bi].offset, blocks[bi].end)) || !key.startsWith(joined)) { return 0; }
		for (let k = bi + 1; k <= bi + 2 && k < blocks.length; k++) {
			const line = text.slice(blocks[k].offset, blocks[k].end);
			if (blocks[k].glued || cands[k] || line.length > 40 || /[。，,；;]/.test(line)) { return 0; }
			joined += planForm(line);
			if (joined === key) { return k - bi; }
			if (!key.startsWith(joined)) { return 0; }
		}
		return 0;
	}

	function isPlanTitleBlock(bi: number, key: string): boolean {
		const b = blocks[bi];
		return !b.glued && b.end - b.offset <= Math.min(200, 2 * key.length + 60) && isPlanTitle(text.slice(b.offset, b.end), key);
	}

	/**
	 * A page title or a cover names the issued document before its 公告 or preamble, and its own
	 * title line comes again right before its first heading: the last of these lines, with no
	 * heading between them, is the document's start.
	 */
	function titleAgainBeforeBody(bi: number, key: string): boolean {
		for (let k = bi + 1; k < blocks.length && k <= bi + 12; k++) {
			if (cands[k]) { return false; }
			if (isPlanTitleBlock(k, key)) { return true; }
		}
		return false;
	}

	/** [start, key index] of an unseen issued title right after a signature date inside block b, or null. */
	function titleAfterSignatureIn(b: Block): [number, number] | null {
		// Within the block only: a search run on to the end of the text from every block would be quadratic.
		const own = text.slice(b.offset, b.end);
		DATE_END.lastIndex = 0;
		for (let m = DATE_END.exec(own); m; m = DATE_END.exec(own)) {
			const at = b.offset + m.index + m[0].length;
			const k = planKeys.findIndex((key, i) => !planSeen.has(i) && gluedPlanTitleEnd(text, at, b.end, key) > 0);
			if (k >= 0) { return [at, k]; }
		}
		return null;
	}

	function accept(cand: MarkerCandidate, b: Block, bi: number): boolean {
		const f = cand.family, n = cand.number, key = cand.key;
		// A bare marker (`三、` with nothing after it) is an empty list item, not a heading.
		// (第X章 alone is a chapter whose title is on the next line.)
		if (cand.titleStart >= b.end && f !== 'annex' && f !== 'box' && f !== 'chapter' && f !== 'subchapter' && f !== 'part') { return false; }
		if (f === 'annex') { return acceptAnnex(cand, b, bi); }
		if (f === 'box') { return acceptBox(cand, b); }
		// A run that starts inside a table is the table's own numbering (its later numbers then fit no run either).
		if (CELL_FAMILIES.has(cand.family) && cand.number === 1 && tableCell(bi)) { return false; }
		// `1　总则` is a heading only as a short line of its own.
		if (f === 'decimal' && cand.path!.length === 1 && (b.end - b.offset > 30 || /[。；，,：:]/.test(text.slice(b.offset, b.end)))) { return false; }
		const rank = f === 'decimal' ? decimalRank(cand.path!.length) : rankOf(cand, b);
		const next = nextSame[bi] >= 0 ? cands[nextSame[bi]]!.number : null;

		// 1. Continues a sibling run somewhere up the stack, inside the innermost container (an
		// annex or an issued document numbers on its own, not on from the cover letter).
		for (let i = stack.length - 1; i >= depthOfInnermostContainer(stack) - 1; i--) {
			const last = stack[i].lastChild.get(key);
			if (last !== undefined && n === last + 1 && decimalFits(cand, stack[i])) {
				popTo(i + 1, prevEnd);
				add(cand, b, rank);
				return true;
			}
			// An open heading of an outer family (第二章 after 第一条–第七条 whose 第一章 was lost) holds the
			// run from here on: the run goes on inside it (rule 3), not back out of it.
			if (stack[i].section && stack[i].rank < rank && RUNNING.has(f) && stack[i].section!.family !== 'box') { break; }
		}
		// Where a new run of this family would hang: under the innermost open heading of an outer family.
		let depth = stack.length;
		while (depth > 1 && stack[depth - 1].rank >= rank && !stack[depth - 1].container) { depth--; }
		// A box just opened holds the list that restarts at 1 after it (专栏1 after task 2., then its 1.–10.).
		if (n === 1 && opensBoxList(cand)) { depth = stack.length; }
		const parent = stack[depth - 1];
		const running = parent.lastChild.get(key);
		if (n === 1 && running === undefined && decimalFits(cand, parent)) {
			// 2. Starts a run. Glued to a sentence, it needs its 2 to follow.
			if (b.glued && next !== 2) { return false; }
			popTo(depth, prevEnd);
			add(cand, b, rank);
			return true;
		}
		// 3. Running numbers that go on across parents (1.–4. under （一）, 5. under （二）).
		if (RUNNING.has(f) && parent.lastInContainer.get(key) === n - 1) {
			popTo(depth, prevEnd);
			add(cand, b, rank);
			return true;
		}
		const last = running ?? parent.lastInContainer.get(key);
		if (running === undefined && n <= 3 && next === n + 1 && f !== 'decimal') {
			// 7. A run whose first heading is missing or unreadable (`二、` first, `三、` next),
			// also under a new parent where the family ran before (第二十四条 …：（一）lost, （二）（三）).
			popTo(depth, prevEnd);
			add(cand, b, rank);
			return true;
		}
		if (n === 1 && b.glued && next === 2 && NOTE_LABEL.test(text.slice(Math.max(0, b.offset - 8), b.offset))) {
			// 8. `注：1.…。2.…` after a table: the notes of the whole attachment or document, a run of their own.
			const home = depthOfInnermostContainer(stack);
			popTo(home, prevEnd);
			stack[home - 1].lastChild.delete(key);
			add(cand, b, rank);
			return true;
		}
		if (n === 1 && last !== undefined && b.glued && f !== 'decimal' && next === 2 && numberAfterNext(bi) === 3) {
			// 4a. A restart glued to a sentence (a scrape on one line: `…现提出如下实施方案：一、总体思路…`, the
			// second document's heading lost): confirmed by its 2 and its 3, a run of its own from here.
			popTo(depth, prevEnd);
			parent.lastChild.delete(key);
			add(cand, b, rank);
			return true;
		}
		if (b.glued || f === 'decimal') { return false; }
		if (n === 1 && last !== undefined) {
			// 4. A restart at the same level: confirmed by its 2; an unnumbered line before it heads a part.
			if (next !== 2) { return false; }
			const partLine = parent.container && bi > 0 ? partBlock(bi - 1) : null;
			if (partLine) {
				// The new part is a sibling of the part the previous run is in, not its child.
				const partDepth = parent.section?.kind === 'part' ? depth - 1 : depth;
				popTo(partDepth, prevEnd);
				openPart(partLine, stack[partDepth - 1]);
			} else {
				popTo(depth, prevEnd);
				parent.lastChild.delete(key);
			}
			add(cand, b, rank);
			return true;
		}
		if (last !== undefined && n > last + 1 && n <= last + 3) {
			// 5. A gap (a heading missed or unreadable): unless the next marker continues the run instead.
			if (next === last + 1) { return false; }
			popTo(depth, prevEnd);
			add(cand, b, rank);
			return true;
		}
		if (last !== undefined && n === last && next === n + 1) {
			// 6. A repeated number, confirmed by the one after it.
			popTo(depth, prevEnd);
			add(cand, b, rank);
			return true;
		}
		return false;
	}

	/** The number of the second marker of this block's key after it (its 3 when it is a 1 followed by 2), else null. */
	function numberAfterNext(bi: number): number | null {
		const second = nextSame[bi] >= 0 ? nextSame[nextSame[bi]] : -1;
		return second >= 0 ? cands[second]!.number : null;
	}

	/**
	 * A chapter whose 第X章 the scrape lost (`网络素养促进` between 第十二条 and 第十三条): in a
	 * document with chapters (also ones still to come), a short title line right before the
	 * article that continues the run; a 节 when the chapter open around it is divided into 节.
	 */
	function unnumberedChapter(b: Block, bi: number): boolean {
		if (b.glued || b.end - b.offset > 16 || !/^[\u4e00-\u9fa5 \u3000]+$/u.test(text.slice(b.offset, b.end))) { return false; }
		// 第二章 / 总则 on two lines: the line is the title of the chapter just opened, not a chapter.
		const open = top().section;
		if (open && (open.kind === 'chapter' || open.kind === 'subchapter') && !open.children.length) {
			if (open.title) { return false; }
			open.title = headingTitle(text, b.offset, b.end).title;
			open.heading = { offset: open.heading.offset, end: b.end };
			return true;
		}
		const next = cands[bi + 1];
		if (!next || next.family !== 'article') { return false; }
		const last = container().lastInContainer.get('article');
		if (last === undefined) {
			// A rule whose chapters are all unnumbered opens with `总则` right before its 第一条.
			if (next.number !== 1 || !/^总[ \u3000]*则$/u.test(text.slice(b.offset, b.end).trim())) { return false; }
			chaptersSeen = true;
		} else if (!(chaptersSeen || hasChapters) || last !== next.number - 1) { return false; }
		// (第四章 … 第一节 … [第二节 lost] 市场培育 … 第三节: the lost one is a 节 of the chapter)
		const sectioned = stack.some(fr => fr.section?.kind === 'subchapter');
		const family = sectioned ? 'subchapter' : 'chapter';
		let depth = stack.length;
		while (depth > 1 && stack[depth - 1].rank >= RANK[family] && !stack[depth - 1].container) { depth--; }
		popTo(depth, prevEnd);
		attach(makeSection(text, b, family, 0, { markerEnd: b.offset, titleStart: b.offset }), `${family}:unnumbered`, false, RANK[family], null);
		return true;
	}

	/**
	 * A 一、 heading whose marker was lost: a short title line right before a run of a lower family that
	 * starts at 1. The first of its run (`研发设计` / `1.…` …, then `二、生产制造`) when the container has no 一、
	 * yet and its next 一、 is 二、; one between two siblings (二、主要任务 … / `保障措施` / （一）…) when the open 一、
	 * heading already holds that run and the next 一、, if any, is the number after the lost one. Without it
	 * the run would hang under the heading before, each of its items with the wrong parent.
	 */
	function lostCommaHeading(b: Block, bi: number): boolean {
		if (b.glued || b.end - b.offset > 16 || !/^[\u4e00-\u9fa5]{2,16}$/u.test(text.slice(b.offset, b.end))) { return false; }
		const below = cands[bi + 1];
		if (!below || below.number !== 1 || !NESTING.has(below.family) || below.family === 'cnComma') { return false; }
		// The next 一、, 附件 or plan node (one backward pass made them all: no scan per line).
		const k = bi + 2 < blocks.length ? nextTopLevel[bi + 2] : -1;
		const next = k >= 0 ? cands[k]! : null;
		const last = container().lastInContainer.get('cnComma');
		if (last === undefined) {
			if (!next || next.family !== 'cnComma' || next.number !== 2) { return false; }
		} else {
			let open: Frame | undefined;
			for (let i = stack.length - 1; i > 0 && !open; i--) { if (stack[i].section?.family === 'cnComma') { open = stack[i]; } }
			if (!open || !open.lastChild.get(below.key)) { return false; }
			if (next && next.family === 'cnComma' && next.number !== last + 2) { return false; }
		}
		return accept({ family: 'cnComma', number: (last ?? 0) + 1, path: null, key: 'cnComma', markerEnd: b.offset, titleStart: b.offset }, b, bi);
	}

	function add(cand: MarkerCandidate, b: Block, rank: number): void {
		if (cand.family === 'chapter') { chaptersSeen = true; }
		const s = makeSection(text, b, cand.family, cand.number, cand);
		attach(s, cand.key, cand.family === 'part', rank, cand.path ?? (cand.family === 'chapter' || cand.family === 'arabicDot' ? [cand.number] : null));
	}

	/**
	 * An unnumbered short line right before block `bi + 1`, not already a heading. An issued rule's
	 * drafting department on the line below its title (`…实施细则` / `市公安局` / `第一章`) yields to the title.
	 */
	function partBlock(bi: number): Block | null {
		const b = blocks[bi];
		if (cands[bi] || b.glued) { return null; }
		const s = text.slice(b.offset, b.end);
		if (!PART_LINE.test(s)) { return null; }
		const above = bi > 0 ? blocks[bi - 1] : null;
		if (above && isDrafterLine(s.trim()) && !cands[bi - 1] && !above.glued && isTitleLine(text.slice(above.offset, above.end).trim())) {
			return above;
		}
		return b;
	}

	/**
	 * Opens a part at `parent` for a restarting run. The run before it moves into a part of its
	 * own when an unnumbered line also heads it.
	 */
	function openPart(line: Block, parent: Frame): void {
		const siblings = parent.section ? parent.section.children : roots;
		const firstOfRun = withParts.has(parent.section) ? -1 : siblings.findIndex(s => s.kind === 'section' || s.kind === 'chapter' || s.kind === 'article');
		withParts.add(parent.section);
		if (firstOfRun >= 0) {
			const bi = blockAt.get(siblings[firstOfRun].offset) ?? -1;
			const before = bi > 0 ? partBlock(bi - 1) : null;
			if (before) {
				const earlier = makeSection(text, before, 'part', 0, { markerEnd: before.offset, titleStart: before.offset });
				earlier.children = siblings.splice(firstOfRun);
				earlier.end = Math.max(earlier.end, earlier.children[earlier.children.length - 1].end);
				siblings.push(earlier);
			}
		}
		const part = makeSection(text, line, 'part', 0, { markerEnd: line.offset, titleStart: line.offset });
		// Close whatever was open under the parent: the part starts a new run of everything.
		parent.lastChild = new Map();
		attach(part, 'part:unnumbered', true, RANK.part, null);
	}

	/** 附件N at an attachment's start; the 附件说明 of the cover letter (before its signature) is not a heading. */
	function acceptAnnex(cand: MarkerCandidate, b: Block, bi: number): boolean {
		const alone = cand.titleStart >= b.end || b.end - cand.titleStart <= 40 && !/[。；;]/.test(text.slice(cand.titleStart, b.end));
		// `…日附件：关于…的实施方案财政部…为贯彻…` (a scrape on one line): the attachment an earlier 附件 line
		// named starts here, its body glued to its title; the title is the name they share.
		const named = namedEarlier(bi);
		if (!alone && !named) { return false; }
		// 附件：1.… 2.…: the list of attachments, wherever it stands (before the signature, as GB/T
		// 9704 puts it, or after), names them without heading one; its entries are not headings either.
		// (`附件1.X　2.Y` on one line: the list numbered by the 附件 itself.)
		const numberedList = cand.number === 1 && cands[bi + 1]?.family === 'arabicDot' && cands[bi + 1]?.number === 2 && !/[\r\n]/.test(text.slice(b.end, blocks[bi + 1].offset));
		const listed = /^[0-9０-９]{1,2}[.．、]/.test(text.slice(cand.titleStart, b.end)) || (cand.titleStart >= b.end && cands[bi + 1]?.family === 'arabicDot' && cands[bi + 1]?.number === 1) || numberedList;
		if (listed) {
			for (let k = bi + 1, n = numberedList ? 2 : 2 - (cand.titleStart >= b.end ? 1 : 0); k < blocks.length && cands[k]?.family === 'arabicDot' && cands[k]!.number === n && blocks[k].end - blocks[k].offset <= 60; k++, n++) { annexList.add(k); }
			return false;
		}
		if (signatureAt >= 0 && bi < signatureAt) { return false; }
		if (/[:：]$/.test(text.slice(b.offset, cand.markerEnd)) && listsAnnex(bi)) { return false; }
		popTo(planDepth() + 1, prevEnd);
		const s = makeSection(text, b, 'annex', cand.number, cand);
		if (named && cand.titleStart + named < s.heading.end) {
			s.title = text.slice(cand.titleStart, cand.titleStart + named);
			s.heading.end = cand.titleStart + named;
		}
		// `附件1` alone on its line: the attachment's title is the next block.
		const next = blocks[bi + 1];
		if (!s.title && next && next.end - next.offset <= 80 && !cands[bi + 1]) { s.title = headingTitle(text, next.offset, next.end).title; }
		attach(s, 'annex', true, RANK.annex, null);
		return true;
	}

	/**
	 * A numbered cell of a table written one cell a line (`同时提供` / `1.近3年房屋租赁协议` / `与房东签订`):
	 * short, between short unnumbered cells, two of them on one side.
	 */
	function tableCell(bi: number): boolean {
		const cell = (i: number) => i >= 0 && i < blocks.length && !cands[i] && !blocks[i].glued && blocks[i].end - blocks[i].offset <= 30 && !/[。；;，,：:！？]/.test(text.slice(blocks[i].offset, blocks[i].end));
		const b = blocks[bi];
		return b.end - b.offset <= 30 && !/[。；;，,]/.test(text.slice(b.offset, b.end)) && cell(bi - 1) && cell(bi + 1) && (cell(bi - 2) || cell(bi + 2));
	}

	/**
	 * `附件：X` (with the colon of GB/T 9704's 附件说明) names an attachment without heading it when
	 * nothing follows it, or when the attachment itself comes later (`附件` / `X` again).
	 */
	function listsAnnex(bi: number): boolean {
		if (bi === blocks.length - 1) { return true; }
		const key = annexTitleKey(bi);
		const later = key.length >= ANNEX_KEY_MIN ? annexByPrefix.get(key.slice(0, ANNEX_PREFIX)) : undefined;
		if (later === undefined || later <= bi) { return false; }
		const other = annexTitleKey(later);
		return key.startsWith(other) || other.startsWith(key) || sharedTitle(bi, later) > 0;
	}

	/** Length of the title an earlier annex block gave this one (SHARED_TITLE_MIN characters at least), else 0. */
	function namedEarlier(bi: number): number {
		const key = annexTitleKey(bi);
		const first = key.length >= ANNEX_KEY_MIN ? annexFirstByPrefix.get(key.slice(0, ANNEX_PREFIX)) : undefined;
		return first !== undefined && first < bi ? sharedTitle(first, bi) : 0;
	}

	/**
	 * The characters two annex blocks' titles share from their start, when they are SHARED_TITLE_MIN
	 * or more (`关于…的实施方案` followed by the signature in one, by the issuers in the other), else 0.
	 */
	function sharedTitle(a: number, b: number): number {
		const x = cands[a]!.titleStart, y = cands[b]!.titleStart;
		const max = Math.min(blocks[a].end - x, blocks[b].end - y, 80);
		let n = 0;
		while (n < max && text.charCodeAt(x + n) === text.charCodeAt(y + n)) { n++; }
		return n >= SHARED_TITLE_MIN ? n : 0;
	}

	function acceptBox(cand: MarkerCandidate, b: Block): boolean {
		const boxes = stack.findIndex(fr => fr.section?.family === 'box');
		// An unnumbered 专栏 runs on only as `专栏：…` (a box set off by its colon, its table glued after it).
		if (cand.number === 0 && b.end - b.offset > 40 && !/[:：]$/.test(text.slice(b.offset, cand.markerEnd))) { return false; }
		if (boxes > 0) { popTo(boxes, prevEnd); }
		// A box sits just inside the current section: numbered lists restart inside it.
		attach(makeSection(text, b, 'box', cand.number, cand), 'box', false, top().rank + 0.5, null, true);
		return true;
	}

	/**
	 * A family's rank in this document: GB/T order, unless the document nests the family the other
	 * way round. Its first 1 right under the first heading of an outer-ranked family that opens the
	 * document (1.总体要求 / （一）指导思想) nests under that family from then on.
	 */
	function rankOf(cand: MarkerCandidate, b: Block): number {
		const f = cand.family;
		const ranks = top().ranks;
		const own = ranks.get(f);
		if (own !== undefined) { return own; }
		const open = top().section, host = stack[stack.length - 2];
		if (cand.number === 1 && !b.glued && open && host?.container && !open.children.length && open.number === 1
			&& NESTING.has(f) && NESTING.has(open.family) && RANK[f] < RANK[open.family] && !familySeen(f)) {
			ranks.set(f, top().rank + 0.5);
			return top().rank + 0.5;
		}
		return RANK[f];
	}

	/** A heading of this family is already open or was a child of an open heading (the document used it before). */
	function familySeen(f: MarkerFamily): boolean {
		return stack.some(fr => fr.section?.family === f || fr.lastChild.has(f));
	}

	/**
	 * A numbered family's 1 right after a box's heading, where the box has nothing in it yet: the
	 * box's own list, when its family is the one of the heading the box follows or a lower one.
	 */
	function opensBoxList(cand: MarkerCandidate): boolean {
		const box = top();
		if (box.section?.family !== 'box' || box.section.children.length || stack.length < 2 || cand.family === 'box' || cand.family === 'annex') { return false; }
		const host = stack[stack.length - 2];
		const rank = cand.family === 'decimal' ? decimalRank(cand.path!.length) : RANK[cand.family];
		return host.section !== null && rank >= host.rank && rank > RANK.article;
	}

	function planDepth(): number {
		const i = stack.findIndex(fr => fr.section?.family === 'plan');
		return i > 0 ? i : 0;
	}
}

/**
 * A text without numbered headings (a web article explaining a policy) set off by short lines of
 * their own, each between two paragraphs of prose: three or more such lines open its parts.
 */
function unnumberedParts(text: string, blocks: readonly Block[], cands: readonly (MarkerCandidate | null)[]): Section[] {
	const prose = (i: number) => i >= 0 && i < blocks.length && !cands[i] && blocks[i].end - blocks[i].offset >= 40 && text.slice(blocks[i].offset, blocks[i].end).includes('。');
	const heads: number[] = [];
	for (let i = 1; i + 1 < blocks.length; i++) {
		const b = blocks[i];
		if (cands[i] || b.glued || !SUBHEAD_LINE.test(text.slice(b.offset, b.end))) { continue; }
		if (prose(i - 1) && /[。！？]$/.test(text.slice(blocks[i - 1].end - 1, blocks[i - 1].end)) && prose(i + 1)) { heads.push(i); }
	}
	if (heads.length < 3) { return []; }
	return heads.map((bi, k) => {
		const b = blocks[bi];
		const part = makeSection(text, b, 'part', 0, { markerEnd: b.offset, titleStart: b.offset });
		const last = k + 1 < heads.length ? heads[k + 1] - 1 : blocks.length - 1;
		part.end = Math.max(b.end, blocks[last].end);
		return part;
	});
}

/**
 * A table of contents without 目录 or dot leaders: a run of at least four short heading lines
 * that all come again, in the same order, after the run. Linear: one map of the later headings.
 */
function repeatedTocRuns(text: string, blocks: readonly Block[], cands: readonly (MarkerCandidate | null)[]): Set<number> {
	const toc = new Set<number>();
	const short = (i: number) => cands[i] !== null && blocks[i].end - blocks[i].offset <= 40 && !/[。；;，,]/.test(text.slice(blocks[i].offset, blocks[i].end));
	const lastAt = new Map<string, number>();
	blocks.forEach((b, i) => { if (short(i)) { lastAt.set(tocKey(text.slice(b.offset, b.end)), i); } });
	for (let i = 0; i < blocks.length;) {
		let j = i;
		while (j < blocks.length && short(j)) { j++; }
		if (j - i >= 4) {
			// Entries are the lines of the run whose heading comes again later; the run may end with
			// the first real headings themselves, which do not.
			const entries: number[] = [];
			for (let k = i; k < j; k++) {
				if ((lastAt.get(tocKey(text.slice(blocks[k].offset, blocks[k].end))) ?? k) > k) { entries.push(k); }
			}
			if (entries.length >= Math.max(4, 0.6 * (j - i))) { for (const k of entries) { toc.add(k); } }
		}
		i = Math.max(j, i + 1);
	}
	return toc;
}

/** A table-of-contents entry or heading without blanks, dot leaders and page number. */
function tocKey(s: string): string {
	return normalizeForMatch(s).replace(/(?:\.{2,}|…+|·{2,}|．{2,})[0-9]*$|[0-9]+$/u, '');
}

/** Decimal headings continue or open only under the heading whose number they extend (2.1 under 2 / 第2章). */
function decimalFits(cand: MarkerCandidate, frame: Frame): boolean {
	if (cand.family !== 'decimal') { return true; }
	const prefix = cand.path!.slice(0, -1);
	if (!prefix.length) { return true; }
	const own = frame.path;
	if (!own) { return prefix.length === 1; }
	return own.length >= prefix.length && prefix.every((n, i) => own[i] === n);
}


/** For each block, the index of the next block whose candidate has the same family key, or -1. */
function nextOfSameKey(cands: readonly (MarkerCandidate | null)[]): Int32Array {
	const out = new Int32Array(cands.length).fill(-1);
	const seen = new Map<string, number>();
	for (let i = cands.length - 1; i >= 0; i--) {
		const c = cands[i];
		if (!c) { continue; }
		out[i] = seen.get(c.key) ?? -1;
		seen.set(c.key, i);
	}
	return out;
}

/** The families that end a lost 一、's search: the next 一、, an attachment, an issued document. */
const TOP_LEVEL: ReadonlySet<string> = new Set(['cnComma', 'annex', 'plan']);

/** For each block, the index of the first block from it on whose candidate is of one of `families`, or -1. */
function firstOfFamilies(cands: readonly (MarkerCandidate | null)[], families: ReadonlySet<string>): Int32Array {
	const out = new Int32Array(cands.length);
	let next = -1;
	for (let i = cands.length - 1; i >= 0; i--) {
		const c = cands[i];
		if (c && families.has(c.family)) { next = i; }
		out[i] = next;
	}
	return out;
}

/** Index of the first block that is a signature date after a short issuer line, or -1. */
function firstSignature(text: string, blocks: readonly Block[]): number {
	for (let i = 1; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.end - b.offset <= 20 && SIGNATURE_DATE.test(text.slice(b.offset, b.end))) { return i; }
	}
	return -1;
}

function depthOfInnermostContainer(stack: Frame[]): number {
	for (let i = stack.length - 1; i >= 0; i--) { if (stack[i].container) { return i + 1; } }
	return 1;
}

/** The plan's title block: the plan name, possibly cut before its period or truncated by the scrape. */
/** A title as compared with the one a notice names: width-folded, without blanks, quotes and 的 (…工作意见 / …工作的意见). */
function planForm(s: string): string {
	return normalizeForMatch(s).replace(/的/g, '');
}

/**
 * Where the title `planKey` ends when text[from, to) starts with it (a one-line scrape that glued
 * the issued document's title to its first sentence), else -1. Not the cover letter's
 * 《X方案》已经…现印发给你们.
 */
function gluedPlanTitleEnd(text: string, from: number, to: number, planKey: string): number {
	const end = gluedTitleAt(text, from, to, planKey);
	if (end >= 0 || !planKey.startsWith('关于')) { return end; }
	// 发展改革委关于X的意见: the forwarded document's title may name its issuer before 关于.
	// Looked for within the longest issuer ISSUER_PREFIX allows (22 characters), not on to the end of the file.
	const rel = text.slice(from, Math.min(to, from + 24)).indexOf('关于');
	const at = from + rel;
	return rel > 0 && ISSUER_PREFIX.test(text.slice(from, at)) ? gluedTitleAt(text, at, to, planKey) : -1;
}

function gluedTitleAt(text: string, from: number, to: number, planKey: string): number {
	let i = from, j = 0;
	while (j < planKey.length && i < to) {
		const c = planForm(text[i]);
		i++;
		if (!c) { continue; }
		if (c !== planKey[j]) { return -1; }
		j++;
	}
	if (j < planKey.length) { return -1; }
	while (i < to && /[》”"\s\u3000]/.test(text[i])) { i++; }
	return /^(?:已经|已|经|业经|现|印发|转发|予以|的)/.test(text.slice(i, i + 2)) ? -1 : i;
}

/**
 * Where the title `planKey` starts when text[from, to) ends with it (blanks skipped: a title
 * spaced out 电 力 体 制), else -1. Not a name quoted in 《》: that is the cover letter citing it.
 */
function planTitleStartBefore(text: string, to: number, from: number, planKey: string): number {
	let i = to, j = planKey.length;
	while (j > 0 && i > from) {
		const ch = text[--i];
		if (ch === '《' || ch === '》') { return -1; }
		const c = planForm(ch);
		if (!c) { continue; }
		if (c !== planKey[j - 1]) { return -1; }
		j--;
	}
	return j === 0 ? i : -1;
}

function isPlanTitle(blockText: string, planKey: string): boolean {
	if (/[。，,；;]/.test(blockText)) { return false; }
	// （此件公开发布） 国家…预案: a bracketed note of the cover letter may precede the title on its line.
	const key = planForm(blockText).replace(/^[(][^()]{1,12}[)]/, '');
	if (key === planKey) { return true; }
	// 国务院工作规则（二○○四年六月十六日国务院第54次常务会议讨论通过）: a bracketed note may follow.
	if (key.startsWith(planKey)) { return key.length <= planKey.length + 14 || (/^[(]/.test(key.slice(planKey.length)) && key.length <= planKey.length + 48); }
	// 发展改革委关于X的意见: the forwarded document's title line names its issuer before 关于.
	if (planKey.startsWith('关于') && key.endsWith(planKey) && ISSUER_PREFIX.test(key.slice(0, key.length - planKey.length))) { return true; }
	return planKey.startsWith(key) && key.length >= Math.min(10, planKey.length);
}

function makeSection(text: string, b: Span, family: MarkerFamily, number: number, cand: Pick<MarkerCandidate, 'markerEnd' | 'titleStart'> & { path?: number[] | null }): Section {
	const t = headingTitle(text, cand.titleStart, b.end);
	const markerText = text.slice(b.offset, cand.markerEnd).replace(/[\s\u3000:：]+$/u, '');
	const level = family === 'decimal' ? 2 + (cand.path?.length ?? 1) : SECTION_LEVEL[family] ?? 0;
	return {
		kind: KIND[family], family, level, marker: markerText, number,
		title: t.title, heading: { offset: b.offset, end: t.end }, paragraph: { offset: b.offset, end: b.end },
		offset: b.offset, end: b.end, children: [],
	};
}
