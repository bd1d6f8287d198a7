// The Compare Two Notices webview (对比两个通知): draws the rows the extension posts
// (src/extension/compareNotices/view.ts) in two columns — notice A's task, notice B's — and sends
// back only the messages src/extension/compareNotices/messages.ts accepts. A task without a
// counterpart stands on its side, the other cell empty and marked; the targets of a pair are
// listed under it, a difference highlighted. The filter (words, "only rows that differ") is this
// page's: the rows are few (a notice has tens of tasks, a dump a few thousand). Keyboard: ↑/↓
// move between rows, ←/→ between the two sides, Enter opens, Space opens beside, / filters.
// Every text goes into the DOM through textContent; no innerHTML, no inline handlers.
// @ts-check
(function () {
	'use strict';
	// eslint-disable-next-line no-undef
	const vscode = acquireVsCodeApi();
	/** The helpers every view shares (media/webview-base.js). */
	const W = /** @type {any} */ (self).PnWebview;

	const ui = {
		/** @type {Record<string, string>} */
		strings: {},
		/** @type {any} */
		model: null,
		filter: '',
		onlyDiffering: false,
		/** the cell with the tab stop: index into the model's rows, and the side */
		cursor: { row: -1, side: 'a' },
		/** @type {{ index: number, a: HTMLElement | null, b: HTMLElement | null }[]} rows drawn, in order */
		drawn: [],
	};

	/** A localized string with its `{0}` … filled in. */
	const t = W.localizer(() => ui.strings);
	const { h, icon } = W;
	function post(message) { vscode.postMessage(message); }

	// ── the skeleton (built once) ───────────────────────────────────────────────

	const app = /** @type {HTMLElement} */ (document.getElementById('app'));
	const progressBar = W.progressBar();

	const toolbar = h('div', 'toolbar');
	const { box: filterBox, input: filterInput, clear: clearButton } = W.filterBox();
	const { label: differLabel, box: differBox, text: differText } = W.checkbox('only-differing');
	const swapButton = /** @type {HTMLButtonElement} */ (h('button', 'text-button swap'));
	swapButton.type = 'button';
	const countEl = h('div', 'count');
	toolbar.append(filterBox, differLabel, swapButton, countEl);

	const heads = h('div', 'heads');
	const headA = h('div', 'head head-a');
	const headB = h('div', 'head head-b');
	heads.append(headA, headB);

	const emptyEl = h('div', 'empty');
	emptyEl.setAttribute('role', 'status');
	const scroller = h('div', 'scroller');
	const list = h('div', 'pairs');
	list.setAttribute('role', 'grid');
	scroller.append(list);
	const live = W.liveRegion();
	app.append(progressBar, toolbar, heads, emptyEl, scroller, live);
	app.hidden = true;

	// ── drawing ─────────────────────────────────────────────────────────────────

	function sideText(side) {
		return side ? [...side.path, side.heading, side.snippet].join(' ') : '';
	}
	function rowText(row) {
		return [sideText(row.a), sideText(row.b), ...row.targets.map(d => `${d.metric} ${d.a ? d.a.text : ''} ${d.b ? d.b.text : ''}`)].join(' ').toLowerCase();
	}
	function visibleRows() {
		const m = ui.model;
		if (!m) { return []; }
		const words = ui.filter.toLowerCase().split(/\s+/).filter(Boolean);
		const out = [];
		m.rows.forEach((row, index) => {
			if (ui.onlyDiffering && row.kind === 'pair' && !row.differs) { return; }
			if (words.length) {
				const text = rowText(row);
				if (!words.every(w => text.includes(w))) { return; }
			}
			out.push(index);
		});
		return out;
	}

	function noticeHead(el, notice, letter) {
		el.textContent = '';
		el.append(h('span', 'badge side-letter', letter));
		if (!notice) { return; }
		if (notice.label) { el.append(h('span', 'badge region', notice.label)); }
		const title = h('span', 'notice-title', notice.title || notice.fileName);
		el.title = `${notice.title}\n${notice.fileName}`;
		el.append(title);
	}

	function cell(row, index, sideKey) {
		const side = row[sideKey];
		const el = h('div', `cell side-${sideKey}`);
		el.setAttribute('role', 'gridcell');
		el.tabIndex = -1;
		el.dataset.row = String(index);
		el.dataset.side = sideKey;
		if (!side) {
			el.classList.add('missing');
			el.append(icon('circle-slash'), h('span', 'missing-text', t('noCounterpart')));
			el.setAttribute('aria-label', t('noCounterpart'));
			return el;
		}
		if (side.path.length) { el.append(h('div', 'path', side.path.join(' › '))); }
		const head = h('div', 'heading', side.heading);
		if (row.kind !== 'pair') { head.append(h('span', 'badge only', t('onlyHere'))); }
		el.append(head);
		if (side.snippet) { el.append(h('div', 'snippet', side.snippet)); }
		el.title = t('openHint', ui.model[sideKey].fileName, side.line);
		el.setAttribute('aria-label', [...side.path, side.heading].join(' › ') + (row.kind !== 'pair' ? `, ${t('onlyHere')}` : ''));
		return el;
	}

	function targetsBlock(row) {
		const box = h('ul', 'targets');
		box.setAttribute('aria-label', t('targets'));
		for (const d of row.targets) {
			const li = h('li', 'target');
			li.classList.toggle('differs', !!d.differs);
			li.append(icon('target'), h('span', 'metric', d.metric));
			for (const s of [d.a, d.b]) {
				const v = h('span', s ? 'value' : 'value none', s ? s.shown : '—');
				if (s) {
					v.title = s.text;
					if (s.deadline) { v.append(h('span', 'deadline', t('deadline', s.deadline))); }
				}
				li.append(v);
			}
			if (d.difference !== null) {
				const sign = d.difference > 0 ? '+' : '';
				li.append(h('span', d.difference === 0 ? 'diff same' : 'diff', d.difference === 0 ? t('same') : t('difference', `${sign}${d.difference}${d.unit}`)));
			}
			box.append(li);
		}
		return box;
	}

	function render() {
		const m = ui.model;
		progressBar.classList.toggle('active', !m || m.state === 'loading');
		filterInput.placeholder = t('filterPlaceholder');
		filterInput.setAttribute('aria-label', t('filterLabel'));
		clearButton.title = t('clearFilter');
		differText.textContent = t('onlyDiffering');
		swapButton.textContent = '';
		swapButton.append(icon('arrow-swap'), document.createTextNode(t('swap')));
		noticeHead(headA, m && m.a, 'A');
		noticeHead(headB, m && m.b, 'B');
		list.textContent = '';
		ui.drawn = [];
		emptyEl.textContent = '';
		emptyEl.hidden = true;
		if (!m || m.state !== 'ready') {
			emptyEl.hidden = false;
			const kind = !m || m.state === 'loading' ? 'loading' : m.state === 'untrusted' ? 'shield' : 'error';
			W.drawEmpty(emptyEl, kind, !m || m.state === 'loading' ? t('loading') : m.state === 'untrusted' ? t('untrusted') : t('error', m.message || ''));
			countEl.textContent = '';
			return;
		}
		list.setAttribute('aria-label', t('tableLabel'));
		const shown = visibleRows();
		countEl.textContent = `${t('counts', m.pairs, m.onlyA, m.onlyB)} · ${t('shown', shown.length, m.rows.length)}`;
		if (!m.rows.length || !shown.length) {
			emptyEl.hidden = false;
			W.drawEmpty(emptyEl, 'info', m.rows.length ? t('noMatch', ui.filter) : t('empty'));
		}
		for (const index of shown) {
			const row = m.rows[index];
			const tr = h('div', `pair kind-${row.kind}`);
			tr.setAttribute('role', 'row');
			const a = cell(row, index, 'a'), b = cell(row, index, 'b');
			const mid = h('div', 'mid');
			mid.setAttribute('aria-hidden', 'true');
			if (row.kind === 'pair') {
				mid.append(h('span', 'link', '⇄'));
				const score = h('span', 'score', String(Math.round(row.score)));
				score.title = t('score', row.score, m.minScore);
				mid.append(score);
			}
			tr.append(a, mid, b);
			if (row.targets.length) {
				const targets = targetsBlock(row);
				tr.classList.toggle('differs', row.differs);
				tr.append(targets);
			}
			list.append(tr);
			ui.drawn.push({ index, a: row.a ? a : null, b: row.b ? b : null });
		}
		restoreCursor(false);
		post({ type: 'rendered', version: m.version, shown: shown.length, total: m.rows.length });
	}

	// ── the cursor (roving tabindex over the cells that hold a task) ──────────────

	function cellAt(pos, sideKey) {
		const d = ui.drawn[pos];
		if (!d) { return null; }
		return d[sideKey] || d[sideKey === 'a' ? 'b' : 'a'];
	}
	function currentPos() { return ui.drawn.findIndex(d => d.index === ui.cursor.row); }

	function focusCell(pos, sideKey, focus) {
		const el = cellAt(pos, sideKey);
		if (!el) { return; }
		for (const d of ui.drawn) {
			for (const c of [d.a, d.b]) { if (c) { c.tabIndex = -1; c.classList.remove('selected'); } }
		}
		el.tabIndex = 0;
		el.classList.add('selected');
		ui.cursor = { row: ui.drawn[pos].index, side: /** @type {string} */ (el.dataset.side) };
		vscode.setState({ cursor: ui.cursor, filter: ui.filter, onlyDiffering: ui.onlyDiffering });
		if (focus) { el.focus({ preventScroll: true }); }
		el.scrollIntoView({ block: 'nearest' });
	}
	function restoreCursor(focus) {
		if (!ui.drawn.length) { return; }
		const pos = Math.max(0, currentPos());
		focusCell(pos, ui.cursor.side, focus);
	}
	function open(preserveFocus) {
		const m = ui.model;
		if (!m || currentPos() < 0) { return; }
		post({ type: 'open', version: m.version, index: ui.cursor.row, side: ui.cursor.side, preserveFocus });
	}

	list.addEventListener('click', e => {
		const el = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('.cell'));
		if (!el || el.classList.contains('missing')) { return; }
		const pos = ui.drawn.findIndex(d => d.index === Number(el.dataset.row));
		focusCell(pos, /** @type {string} */ (el.dataset.side), true);
		open(true);
	});
	list.addEventListener('dblclick', e => {
		const el = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('.cell'));
		if (el && !el.classList.contains('missing')) { open(false); }
	});
	list.addEventListener('keydown', e => {
		if (e.altKey || e.ctrlKey || e.metaKey) { return; }
		const pos = currentPos();
		const page = Math.max(1, Math.floor(scroller.clientHeight / 60));
		const move = { ArrowDown: 1, ArrowUp: -1, j: 1, k: -1, PageDown: page, PageUp: -page }[e.key];
		if (move !== undefined || e.key === 'Home' || e.key === 'End') {
			e.preventDefault();
			const to = e.key === 'Home' ? 0 : e.key === 'End' ? ui.drawn.length - 1 : Math.min(ui.drawn.length - 1, Math.max(0, pos + /** @type {number} */ (move)));
			focusCell(to, ui.cursor.side, true);
			return;
		}
		switch (e.key) {
			case 'ArrowLeft':
			case 'ArrowRight': {
				const want = e.key === 'ArrowLeft' ? 'a' : 'b';
				const d = ui.drawn[pos];
				if (d && d[want]) { e.preventDefault(); focusCell(pos, want, true); }
				break;
			}
			case 'Enter': e.preventDefault(); open(false); break;
			case ' ': e.preventDefault(); open(true); break;
			case 'Escape': if (ui.filter) { e.preventDefault(); setFilter(''); } break;
		}
	});
	list.addEventListener('focusin', e => {
		const el = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('.cell'));
		if (!el || el.classList.contains('missing')) { return; }
		const pos = ui.drawn.findIndex(d => d.index === Number(el.dataset.row));
		if (pos >= 0 && (ui.cursor.row !== ui.drawn[pos].index || ui.cursor.side !== el.dataset.side)) { focusCell(pos, /** @type {string} */ (el.dataset.side), false); }
	});
	// `/` to the filter box; a move key with nothing focused, or the panel getting focus, to the cursor.
	W.pageKeys(filterInput, {
		moveKeys: /^(ArrowDown|ArrowUp|Home|End|j|k)$/,
		focusList: () => { restoreCursor(true); return true; },
	});

	function setFilter(text) {
		ui.filter = text.slice(0, 200);
		if (filterInput.value !== ui.filter) { filterInput.value = ui.filter; }
		render();
	}
	filterInput.addEventListener('input', () => setFilter(filterInput.value));
	filterInput.addEventListener('keydown', e => {
		if (e.key === 'Escape') {
			e.preventDefault();
			if (ui.filter) { setFilter(''); } else { restoreCursor(true); }
		} else if (e.key === 'ArrowDown' || e.key === 'Enter') {
			e.preventDefault();
			restoreCursor(true);
		}
	});
	clearButton.addEventListener('click', () => { setFilter(''); filterInput.focus(); });
	differBox.addEventListener('change', () => { ui.onlyDiffering = differBox.checked; render(); });
	swapButton.addEventListener('click', () => post({ type: 'swap' }));

	// ── messages from the extension ─────────────────────────────────────────────

	W.listen({
		init: W.showOnInit(ui, app, render),
		model(msg) {
			if (ui.model && msg.model && (ui.model.a && ui.model.a.file) !== (msg.model.a && msg.model.a.file)) { ui.cursor = { row: -1, side: 'a' }; }
			ui.model = msg.model;
			render();
			if (msg.model && msg.model.state === 'ready') { live.textContent = countEl.textContent; }
		},
	}, message => post({ type: 'error', message }));

	const saved = vscode.getState();
	if (saved && typeof saved === 'object') {
		if (saved.cursor && typeof saved.cursor.row === 'number') { ui.cursor = { row: saved.cursor.row, side: saved.cursor.side === 'b' ? 'b' : 'a' }; }
		if (typeof saved.filter === 'string') { ui.filter = saved.filter.slice(0, 200); filterInput.value = ui.filter; }
		ui.onlyDiffering = !!saved.onlyDiffering;
		differBox.checked = ui.onlyDiffering;
	}
	post({ type: 'ready' });
})();
