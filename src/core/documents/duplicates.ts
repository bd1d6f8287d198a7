// Exact duplicates among a file's notices (scraped dumps often hold every notice twice): same
// title and same paragraphs, and, when the two are laid out alike, the same text between the
// paragraphs too. A notice is compared, character by character, with a bounded number of
// earlier ones however many share its title and look alike:
//   1. a cheap key (title, paragraph count, sampled characters) puts notices in buckets;
//   2. inside a bucket, a hash of every paragraph character puts them in groups;
//   3. the notices of a group share their paragraphs, so they are laid out alike and differ in
//      what lies between (a `{{…}}` counter): a hash of the whole run picks the one candidate.
// The earliest matching notice is found, as comparing with every earlier notice would.
import type { NoticeDocument } from '../model';

interface Group {
	/** Distinct earlier notices, in text order. */
	docs: number[];
	/** `docs` by the hash of their whole run, made on first need. */
	byRun: Map<number, number[]> | null;
	/** A hash collision put notices with different paragraphs here: each one is compared. */
	mixed: boolean;
}

interface Bucket {
	/** The first notice with this key; alone until a second one comes. */
	first: number;
	groups: Map<number, Group> | null;
}

export class DuplicateFinder {
	private readonly buckets = new Map<string, Bucket>();
	private readonly runHashes = new Map<number, number>();
	/** Notices compared character by character (tests check this stays linear). */
	comparisons = 0;

	/** `earlier[i]` is the notice with index i. */
	constructor(private readonly text: string, private readonly earlier: readonly NoticeDocument[]) {}

	/** Sets `doc.duplicateOf` to the earliest distinct notice with the same content, if any. */
	mark(doc: NoticeDocument): void {
		const key = `${doc.title}\u0000${doc.paragraphs.length}\u0000${this.hash(doc, n => Math.max(1, Math.floor(n / 32)))}`;
		const bucket = this.buckets.get(key);
		if (!bucket) {
			this.buckets.set(key, { first: doc.index, groups: null });
			return;
		}
		bucket.groups ??= new Map([[this.hash(this.earlier[bucket.first], () => 1), newGroup(bucket.first)]]);
		const h = this.hash(doc, () => 1);
		const group = bucket.groups.get(h);
		if (!group) {
			bucket.groups.set(h, newGroup(doc.index));
			return;
		}
		const same = this.find(group, doc);
		if (same !== undefined) {
			doc.duplicateOf = this.earlier[same].duplicateOf ?? same;
			return;
		}
		this.add(group, doc);
	}

	private find(group: Group, doc: NoticeDocument): number | undefined {
		if (group.mixed) { return group.docs.find(i => this.same(this.earlier[i], doc)); }
		const first = this.earlier[group.docs[0]];
		if (!doc.paragraphs.length || !sameLayout(first, doc)) { return this.same(first, doc) ? first.index : undefined; }
		return this.runs(group).get(this.runHash(doc))?.find(i => this.same(this.earlier[i], doc));
	}

	private add(group: Group, doc: NoticeDocument): void {
		group.docs.push(doc.index);
		if (!group.mixed) {
			this.comparisons++;
			group.mixed = !sameParagraphs(this.text, this.earlier[group.docs[0]], doc);
		}
		if (group.mixed) { group.byRun = null; return; }
		if (group.byRun) { this.addRun(group.byRun, doc); }
	}

	private runs(group: Group): Map<number, number[]> {
		if (!group.byRun) {
			group.byRun = new Map();
			for (const i of group.docs) { this.addRun(group.byRun, this.earlier[i]); }
		}
		return group.byRun;
	}

	private addRun(byRun: Map<number, number[]>, doc: NoticeDocument): void {
		const h = this.runHash(doc);
		const list = byRun.get(h);
		if (list) { list.push(doc.index); } else { byRun.set(h, [doc.index]); }
	}

	private same(a: NoticeDocument, b: NoticeDocument): boolean {
		this.comparisons++;
		return sameContent(this.text, a, b);
	}

	/** Hash of the text from the first paragraph's start to the last one's end. */
	private runHash(doc: NoticeDocument): number {
		let h = this.runHashes.get(doc.index);
		if (h === undefined) {
			const ps = doc.paragraphs;
			h = ps.length ? fnv(this.text, ps[0].offset, ps[ps.length - 1].end, 1, 0x811c9dc5) : 0;
			this.runHashes.set(doc.index, h);
		}
		return h;
	}

	/** FNV-1a over each paragraph's length and its characters at `step(length)` intervals. */
	private hash(doc: NoticeDocument, step: (n: number) => number): number {
		let h = 0x811c9dc5;
		for (const p of doc.paragraphs) {
			const n = p.end - p.offset;
			h = fnv(this.text, p.offset, p.end, step(n), Math.imul(h ^ n, 0x01000193));
		}
		return h >>> 0;
	}
}

function newGroup(doc: number): Group {
	return { docs: [doc], byRun: null, mixed: false };
}

function fnv(text: string, from: number, to: number, step: number, h: number): number {
	for (let i = from; i < to; i += step) { h = Math.imul(h ^ text.charCodeAt(i), 0x01000193); }
	return h >>> 0;
}

/** Same paragraph offsets relative to the first paragraph. */
function sameLayout(a: NoticeDocument, b: NoticeDocument): boolean {
	const pa = a.paragraphs, pb = b.paragraphs;
	if (pa.length !== pb.length || !pa.length) { return pa.length === pb.length; }
	const da = pa[0].offset, db = pb[0].offset;
	return pa.every((p, i) => p.offset - da === pb[i].offset - db && p.end - da === pb[i].end - db);
}

function sameParagraphs(text: string, a: NoticeDocument, b: NoticeDocument): boolean {
	const pa = a.paragraphs, pb = b.paragraphs;
	return pa.length === pb.length && pa.every((p, i) => {
		const q = pb[i];
		return p.end - p.offset === q.end - q.offset && text.startsWith(text.slice(p.offset, p.end), q.offset);
	});
}

/** The same notice: laid out alike, the whole run is compared; else paragraph by paragraph. */
function sameContent(text: string, a: NoticeDocument, b: NoticeDocument): boolean {
	const pa = a.paragraphs;
	if (pa.length !== b.paragraphs.length) { return false; }
	if (!pa.length) { return true; }
	if (sameLayout(a, b)) { return text.startsWith(text.slice(pa[0].offset, pa[pa.length - 1].end), b.paragraphs[0].offset); }
	return sameParagraphs(text, a, b);
}
