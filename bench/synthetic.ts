// The synthetic workspaces the index benchmarks build (crossref.ts, pipeline.ts): the samples
// and the corpus policies as bases, each notice a base with another province and some
// paragraphs shuffled, so none is an exact duplicate; made again when read, so a bench's own heap
// does not hold 10,000 texts. Also the figures' helpers (memory, percentiles, rounding).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceFiles } from '../src/core/index/persistence';
import { PROVINCES } from '../src/core/tasks/meta';

function findRoot(from: string): string {
	let dir = from;
	while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'samples'))) {
		const up = path.dirname(dir);
		if (up === dir) { throw new Error('repository root not found'); }
		dir = up;
	}
	return dir;
}

export const ROOT = findRoot(__dirname);
export const CORPUS = process.env.PN_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');

export function baseFiles(): { key: string; text: string }[] {
	const out: { key: string; text: string }[] = [];
	for (const f of fs.readdirSync(path.join(ROOT, 'samples')).sort()) { out.push({ key: `samples/${f}`, text: fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8') }); }
	const pol = path.join(CORPUS, 'policies');
	if (fs.existsSync(pol)) {
		for (const f of fs.readdirSync(pol).sort()) { out.push({ key: `policies/${f}`, text: fs.readFileSync(path.join(pol, f), 'utf8') }); }
	}
	return out;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
	return () => {
		seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SHORT = PROVINCES.slice(0, 31).map(p => p.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, ''));
const SHORT_RE = new RegExp(SHORT.join('|'), 'g');
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．]|专栏|附件|第[一二三四五六七八九十百]+[章节条])/;

/** Notice `i` of a synthetic workspace: a base notice with another province and some paragraphs shuffled. */
export function variant(base: { key: string; text: string }, i: number): { key: string; text: string } {
	const r = rng(i * 7919 + 17);
	const target = SHORT[i % SHORT.length];
	let text = base.text.replace(SHORT_RE, target);
	const lines = text.split('\n');
	for (let k = 0; k < 6; k++) {
		const a = 1 + Math.floor(r() * Math.max(1, lines.length - 2));
		const b = a + 1;
		if (b < lines.length && lines[a].trim() && lines[b].trim() && !HEADING.test(lines[a]) && !HEADING.test(lines[b])) { [lines[a], lines[b]] = [lines[b], lines[a]]; }
	}
	text = lines.join('\n') + `\n（此件公开发布${i}）\n`;
	return { key: `synthetic/${String(i).padStart(5, '0')}-${path.basename(base.key)}`, text };
}

/**
 * A synthetic workspace of `n` notices as keys and a reader: each text is made again when read
 * (deterministically), so the bench's own heap does not hold 10,000 texts and the RSS measured
 * is the indexing's.
 */
export function workspace(n: number, bases: { key: string; text: string }[]): WorkspaceFiles & { text(i: number): string } {
	const text = (i: number) => variant(bases[i % bases.length], i).text;
	const keys = Array.from({ length: n }, (_, i) => variant(bases[i % bases.length], i).key);
	const at = new Map(keys.map((k, i) => [k, i]));
	return { keys, read: key => text(at.get(key)!), text };
}

export function mem(): { heapMB: number; rssMB: number; peakRssMB: number } {
	(globalThis as { gc?: () => void }).gc?.();
	const m = process.memoryUsage();
	// maxRSS is in KiB: the peak of this process so far, what the machine must hold.
	return { heapMB: Math.round(m.heapUsed / 1e6), rssMB: Math.round(m.rss / 1e6), peakRssMB: Math.round(process.resourceUsage().maxRSS * 1024 / 1e6) };
}

export function pct(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

export const ms = (x: number) => Math.round(x * 10) / 10;
