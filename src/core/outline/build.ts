// Builds the section tree of one document from its paragraphs. A marker becomes a heading
// only where it continues its family's numbering (or starts it at 1), so body text that
// happens to start with 1.5亿元 or (2018—2020年) never enters the outline.
import type { MarkerFamily, Section, SectionKind, Span } from '../model';
import { matchMarker, RANK, RUNNING, type MarkerCandidate } from './markers';
import { headingTitle, normalizeForMatch } from './titles';

const SECTION_LEVEL: Partial<Record<MarkerFamily, number>> = {
	cnComma: 1, cnParen: 2, arabicDot: 3, arabicParen: 4, circled: 5, chapter: 1, subchapter: 2, article: 3,
};
const KIND: Record<MarkerFamily, SectionKind> = {
	plan: 'plan', annex: 'annex', box: 'box', chapter: 'chapter', subchapter: 'subchapter', article: 'article',
	cnComma: 'section', cnParen: 'section', arabicDot: 'section', arabicParen: 'section', circled: 'section',
};

interface Frame {
	section: Section | null; // null for the document root
	rank: number;
	/** Last number of each family among this frame's children. */
	lastChild: Map<MarkerFamily, number>;
	/** Root, plan or annex: running numbers are counted per container. */
	container: boolean;
	lastInContainer: Map<MarkerFamily, number>;
}

export interface OutlineOptions {
	/** Title of the plan the notice 印发/转发s; its title paragraph becomes a `plan` node. */
	planTitle?: string | null;
}

const TOC_ENTRY = /(?:\.{4,}|…{2,}|·{4,}|．{4,})[ \t\u3000]*[0-9０-９]{0,4}$/u;
const SIGNATURE_DATE = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$/;

export function buildOutline(text: string, paragraphs: readonly Span[], options: OutlineOptions = {}): Section[] {
	const roots: Section[] = [];
	const root: Frame = { section: null, rank: -1, lastChild: new Map(), container: true, lastInContainer: new Map() };
	const stack: Frame[] = [root];
	const planKey = options.planTitle ? normalizeForMatch(options.planTitle) : '';
	let planSeen = false;
	let lastBox = 0;
	let prevEnd = paragraphs.length ? paragraphs[0].offset : 0;

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
	const attach = (section: Section, asContainer: boolean, rankOverride?: number) => {
		const parent = top();
		(parent.section ? parent.section.children : roots).push(section);
		parent.lastChild.set(section.family, section.number);
		container().lastInContainer.set(section.family, section.number);
		stack.push({
			section, rank: rankOverride ?? RANK[section.family], lastChild: new Map(),
			container: asContainer, lastInContainer: asContainer ? new Map() : container().lastInContainer,
		});
	};

	for (let pi = 0; pi < paragraphs.length; pi++) {
		const p = paragraphs[pi];
		const paraText = text.slice(p.offset, Math.min(p.end, p.offset + 200));

		// The plan a notice issues starts with its title on a paragraph of its own.
		if (planKey && !planSeen && p.end - p.offset <= planKey.length + 24 && isPlanTitle(paraText, planKey)) {
			planSeen = true;
			popTo(1, prevEnd);
			const plan = makeSection(text, p, 'plan', 0, { markerEnd: p.offset, titleStart: p.offset });
			// A period on the next line belongs to the title: 山东省…专项规划 / (2018-2022年).
			const next = paragraphs[pi + 1];
			if (next && PERIOD_LINE.test(normalizeForMatch(text.slice(next.offset, Math.min(next.end, next.offset + 40))))) {
				plan.title = `${plan.title}${text.slice(next.offset, next.end)}`;
				plan.heading = { offset: p.offset, end: next.end };
				plan.paragraph = { offset: p.offset, end: next.end };
				pi++;
			}
			attach(plan, true);
			prevEnd = plan.paragraph.end;
			continue;
		}
		// A signature (issuer, then a date on its own) ends the cover letter's sections.
		if (SIGNATURE_DATE.test(paraText) && pi > 0) {
			const issuer = paragraphs[pi - 1];
			if (issuer.end - issuer.offset <= 40 && stack.length > 1) {
				const before = pi > 1 ? paragraphs[pi - 2].end : issuer.offset;
				popTo(depthOfInnermostContainer(stack), before);
			}
		}

		// A table-of-contents entry (`一、总体要求 ……… 3`) names a heading that comes later.
		if (TOC_ENTRY.test(text.slice(Math.max(p.offset, p.end - 40), p.end))) {
			prevEnd = p.end;
			continue;
		}

		const cand = matchMarker(text, p.offset, p.end);
		if (cand && accept(cand, p)) {
			prevEnd = p.end;
			continue;
		}
		prevEnd = p.end;
	}
	popTo(1, prevEnd);
	return roots;

	function accept(cand: MarkerCandidate, p: Span): boolean {
		const f = cand.family;
		const n = cand.number;
		if (f === 'annex') {
			popTo(planDepth() + 1, prevEnd);
			attach(makeSection(text, p, f, n, cand), true);
			return true;
		}
		if (f === 'box') {
			if (n !== 1 && n !== lastBox + 1) { return false; }
			const firstBox = stack.findIndex(fr => fr.section?.family === 'box');
			if (firstBox > 0) { popTo(firstBox, prevEnd); }
			lastBox = n;
			// A box sits just inside the current section: numbered lists restart inside it.
			attach(makeSection(text, p, f, n, cand), false, top().rank + 0.5);
			return true;
		}
		// 1. Continues a sibling run somewhere up the stack.
		for (let i = stack.length - 1; i >= 0; i--) {
			const last = stack[i].lastChild.get(f);
			if (last !== undefined && n === last + 1) {
				popTo(i + 1, prevEnd);
				attach(makeSection(text, p, f, n, cand), false);
				return true;
			}
		}
		const rank = RANK[f];
		if (n === 1) {
			// 2. Starts a new run under the innermost heading of an outer family.
			let depth = stack.length;
			while (depth > 1 && stack[depth - 1].rank >= rank && !stack[depth - 1].container) { depth--; }
			if (stack[depth - 1].lastChild.has(f)) { return false; }
			popTo(depth, prevEnd);
			attach(makeSection(text, p, f, n, cand), false);
			return true;
		}
		// 3. Running numbers that go on across parents (1.–4. under （一）, 5. under （二）).
		if (RUNNING.has(f) && container().lastInContainer.get(f) === n - 1) {
			let depth = stack.length;
			while (depth > 1 && stack[depth - 1].rank >= rank && !stack[depth - 1].container) { depth--; }
			popTo(depth, prevEnd);
			attach(makeSection(text, p, f, n, cand), false);
			return true;
		}
		return false;
	}

	function planDepth(): number {
		const i = stack.findIndex(fr => fr.section?.family === 'plan');
		return i > 0 ? i : 0;
	}
}

function depthOfInnermostContainer(stack: Frame[]): number {
	for (let i = stack.length - 1; i >= 0; i--) { if (stack[i].container) { return i + 1; } }
	return 1;
}

const PERIOD_LINE = /^[(][0-9]{4}(?:-|至|到)[0-9]{4}年[)]$/;

/** The plan's title paragraph: the plan name, possibly cut before its period or truncated by the scrape. */
function isPlanTitle(paraText: string, planKey: string): boolean {
	if (/[。，,；;]/.test(paraText)) { return false; }
	const key = normalizeForMatch(paraText);
	if (key === planKey) { return true; }
	if (key.startsWith(planKey)) { return key.length <= planKey.length + 14; }
	return planKey.startsWith(key) && key.length >= Math.min(10, planKey.length);
}

function makeSection(text: string, p: Span, family: MarkerFamily, number: number, cand: Pick<MarkerCandidate, 'markerEnd' | 'titleStart'>): Section {
	const t = headingTitle(text, cand.titleStart, p.end);
	const markerText = text.slice(p.offset, cand.markerEnd).replace(/[ \t\u3000:：]+$/, '');
	return {
		kind: KIND[family], family, level: SECTION_LEVEL[family] ?? 0, marker: markerText, number,
		title: t.title, heading: { offset: p.offset, end: t.end }, paragraph: { offset: p.offset, end: p.end },
		offset: p.offset, end: p.end, children: [],
	};
}
