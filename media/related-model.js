// Pure helpers of the Related Tasks webview: filtering, grouping, highlight splitting, keyboard
// moves and formatting (the `{0}` placeholders are media/webview-base.js's). No DOM. In the webview this file defines the global `RelatedModel`
// (loaded before related.js); in Node it is a CommonJS module (test/unit/related/model.test.ts).
(function (root, factory) {
	'use strict';
	const api = factory();
	if (typeof module === 'object' && module && module.exports) {
		module.exports = api;
	} else {
		root.RelatedModel = api;
	}
})(typeof self !== 'undefined' ? self : this, function () {
	'use strict';

	/** Full-width ASCII to half-width, ideographic space to space, lower case: how filter text is compared. */
	function fold(text) {
		let out = '';
		for (const ch of String(text)) {
			const c = ch.charCodeAt(0);
			if (c >= 0xff01 && c <= 0xff5e) { out += String.fromCharCode(c - 0xfee0); } else if (c === 0x3000) { out += ' '; } else { out += ch; }
		}
		return out.toLowerCase();
	}

	/** Everything a filter may match in a result. */
	function searchText(item) {
		const parts = [item.region, item.issuer, item.document, item.title, item.fileName, item.snippet,
			item.year == null ? '' : String(item.year)];
		for (const list of [item.path, item.terms, item.lead, item.responsible]) {
			if (Array.isArray(list)) { parts.push(list.join(' ')); }
		}
		if (Array.isArray(item.targets)) {
			for (const t of item.targets) { parts.push(`${t.metric || ''} ${t.text || ''} ${t.deadline || ''}`); }
		}
		return fold(parts.filter(Boolean).join('\n'));
	}

	/** The results every word of `text` occurs in (case- and width-insensitive), in their order. */
	function filterItems(items, text) {
		const words = fold(text || '').split(/\s+/).filter(Boolean);
		if (!words.length) { return items.slice(); }
		return items.filter(item => {
			const hay = searchText(item);
			return words.every(w => hay.includes(w));
		});
	}

	/**
	 * Results grouped by document, groups in the order of their best result (the results come
	 * ranked), results keep their rank inside a group.
	 */
	function groupItems(items) {
		const groups = [];
		const byKey = new Map();
		for (const item of items) {
			const key = item.group || item.document || '';
			let g = byKey.get(key);
			if (!g) {
				g = { key, document: item.document || '', region: item.region || '', issuer: item.issuer || '', year: item.year == null ? null : item.year, fileName: item.fileName || '', best: item.score, items: [] };
				byKey.set(key, g);
				groups.push(g);
			}
			g.items.push(item);
			if (item.score > g.best) { g.best = item.score; }
		}
		return groups;
	}

	/**
	 * `text` cut into runs, `mark: true` inside the [start, end) `ranges`. Ranges are clamped to the
	 * text, sorted and merged; bad ones (not two integers, empty) are skipped.
	 */
	function splitHighlights(text, ranges) {
		text = String(text == null ? '' : text);
		const clean = [];
		for (const r of Array.isArray(ranges) ? ranges : []) {
			if (!Array.isArray(r) || r.length < 2 || !Number.isInteger(r[0]) || !Number.isInteger(r[1])) { continue; }
			const a = Math.max(0, Math.min(text.length, r[0]));
			const b = Math.max(0, Math.min(text.length, r[1]));
			if (b > a) { clean.push([a, b]); }
		}
		clean.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
		const merged = [];
		for (const r of clean) {
			const last = merged[merged.length - 1];
			if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push([r[0], r[1]]); }
		}
		const runs = [];
		let at = 0;
		for (const [a, b] of merged) {
			if (a > at) { runs.push({ text: text.slice(at, a), mark: false }); }
			runs.push({ text: text.slice(a, b), mark: true });
			at = b;
		}
		if (at < text.length) { runs.push({ text: text.slice(at), mark: false }); }
		return runs;
	}

	/**
	 * A notice title shortened to what it is about: `…关于印发《X》的通知` → `X`; `…关于X的通知` → `X`
	 * only when something is left. Other titles are returned as they are.
	 */
	function shortDocument(title) {
		const t = String(title || '').trim();
		let m = /关于印发(.+?)的(?:通知|函)$/.exec(t);
		if (m) { return m[1].replace(/^《(.+)》$/, '$1'); }
		m = /^.{2,30}?(?:人民政府|政府办公厅|人民政府办公厅|办公室|委员会)关于(.{4,})$/.exec(t);
		if (m) { return m[1]; }
		return t;
	}

	function formatScore(score) {
		return typeof score === 'number' && Number.isFinite(score) ? score.toFixed(2) : '';
	}

	/** The first `max` names and how many are left out. */
	function takeNames(names, max) {
		const list = Array.isArray(names) ? names.filter(n => typeof n === 'string' && n) : [];
		return { shown: list.slice(0, max), rest: Math.max(0, list.length - max) };
	}

	/** One target as it is read: `metric text`, without repeating a metric the text already names. */
	function formatTarget(target) {
		const text = String(target && target.text || '');
		const metric = String(target && target.metric || '');
		if (!metric || text.includes(metric)) { return text; }
		return `${metric} ${text}`;
	}

	/**
	 * The row a navigation key moves to from `index` among `count` rows, or -1 when the key does
	 * not move. With no row selected (-1), Down and Home go to the first, Up and End to the last.
	 */
	function moveIndex(index, key, count, page) {
		if (count <= 0) { return -1; }
		const step = Math.max(1, page || 10);
		const last = count - 1;
		const clamp = i => Math.max(0, Math.min(last, i));
		switch (key) {
			case 'ArrowDown': case 'j': return index < 0 ? 0 : clamp(index + 1);
			case 'ArrowUp': case 'k': return index < 0 ? last : clamp(index - 1);
			case 'Home': return 0;
			case 'End': return last;
			case 'PageDown': return index < 0 ? clamp(step - 1) : clamp(index + step);
			case 'PageUp': return index < 0 ? 0 : clamp(index - step);
			default: return -1;
		}
	}

	/**
	 * What the view says in place of the list, or null when it shows the list: an icon `kind`,
	 * the `text` as [string key, ...placeholder values], an optional `hint` key and an optional
	 * `action` (the message a button sends). `loading`: a query is under way; `shown`: how many
	 * results pass the `filter`. While the index is built and nothing is found yet, it says
	 * "Indexing… n / N", whatever it said before.
	 */
	function emptyState(model, loading, filter, shown) {
		const state = model ? model.state : 'idle';
		switch (state) {
			case 'idle': return { kind: 'info', text: ['idle'], hint: null, action: null };
			case 'notNotice': return { kind: 'info', text: ['notNotice'], hint: 'notNoticeHint', action: null };
			case 'noTask': return { kind: 'info', text: ['noTask'], hint: 'noTaskHint', action: null };
			case 'untrusted': return { kind: 'workspace-untrusted', text: ['untrusted'], hint: 'untrustedHint', action: 'manageTrust' };
			case 'error': return { kind: 'error', text: ['error', model.message || ''], hint: null, action: null };
		}
		const all = Array.isArray(model.results) ? model.results.length : 0;
		if (!all) {
			if (state === 'indexing') {
				const p = model.progress;
				const text = p && p.total > 0 ? ['indexingWaitProgress', p.done, p.total] : ['indexingWait'];
				return { kind: 'loading', text, hint: 'indexingWaitHint', action: null };
			}
			return loading ? { kind: 'loading', text: ['loading'], hint: null, action: null } : { kind: 'info', text: ['empty'], hint: null, action: null };
		}
		if (!shown) { return { kind: 'search', text: ['noMatch', filter || ''], hint: null, action: null }; }
		return null;
	}

	return { fold, searchText, filterItems, groupItems, splitHighlights, shortDocument, formatScore, takeNames, formatTarget, moveIndex, emptyState };
});
