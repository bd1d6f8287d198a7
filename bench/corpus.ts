// Texts for the benchmarks: the raw dump, and a concatenation of samples and corpus.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
export const CORPUS = process.env.PN_CORPUS ?? path.resolve(REPO, '..', 'shared', 'corpus');

export function rawDump(): string {
	return fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'raw-dump.txt'), 'utf8');
}

/** Every sample and corpus text, in a fixed order. */
export function allTexts(): string[] {
	const texts: string[] = [];
	const dirs = [path.join(REPO, 'samples'), ...['policies', 'regulations', 'govdoc-cn'].map(d => path.join(CORPUS, d))];
	for (const dir of dirs) {
		if (!fs.existsSync(dir)) { continue; }
		for (const f of fs.readdirSync(dir).sort()) {
			if (f.endsWith('.txt')) { texts.push(fs.readFileSync(path.join(dir, f), 'utf8')); }
		}
	}
	return texts;
}

/** The notices the synthetic workspaces are made from: the samples and the corpus policies, keyed by folder/name. */
export function baseNotices(): { key: string; text: string }[] {
	const out: { key: string; text: string }[] = [];
	for (const [dir, prefix] of [[path.join(REPO, 'samples'), 'samples'], [path.join(CORPUS, 'policies'), 'policies']]) {
		if (!fs.existsSync(dir)) { continue; }
		for (const f of fs.readdirSync(dir).sort()) { out.push({ key: `${prefix}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }); }
	}
	return out;
}

/** At least `chars` characters of samples and corpus, documents separated by blank lines. */
export function concatenation(chars: number): string {
	const texts = allTexts();
	const parts: string[] = [];
	let n = 0;
	for (let i = 0; n < chars; i++) {
		const t = texts[i % texts.length];
		parts.push(t);
		n += t.length + 2;
	}
	return parts.join('\n\n');
}

/** The date and the machine, for a bench's heading: `2026-12-01 10:20 UTC, node v20.19.0, 8 × Intel(R) Xeon(R) …`. */
export function machine(): string {
	const cpus = os.cpus();
	return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}`;
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Runs `fn` `runs` times after one warm-up; returns the times in ms. */
export function time(runs: number, fn: () => unknown): number[] {
	fn();
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = process.hrtime.bigint();
		fn();
		out.push(Number(process.hrtime.bigint() - t0) / 1e6);
	}
	return out;
}

export function row(label: string, ms: number, chars: number): string {
	const mb = (chars * 2) / 1e6; // UTF-16 bytes in memory; files are ~1.5 bytes/char in UTF-8
	return `${label.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms   ${(chars / 1e6 / (ms / 1000)).toFixed(1).padStart(7)} Mchar/s   ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`;
}
