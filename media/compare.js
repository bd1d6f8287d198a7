// The Compare Targets webview: draws the table the extension posts (src/extension/compare/view.ts)
// and sends back only the messages src/extension/compare/messages.ts accepts. Filtering and
// sorting are the extension's (it exports the same rows); this page keeps the filter box, the
// toggle and the sort buttons and says what changed. Every text from the model goes into the DOM
// through textContent; no innerHTML, no inline handlers, no remote content.
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
		/** the query as this page last sent it (the model's may lag behind typing) */
		/** @type {{ filter: string, showAll: boolean, sort: string, descending: boolean } | null} */
		query: null,
		busy: false,
		/** id of the target link that has the tab stop */
		current: typeof (vscode.getState() || {}).current === 'string' ? vscode.getState().current : '',
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
	const { label: showAllLabel, box: showAllBox, text: showAllText } = W.checkbox('show-all');
	const countEl = h('div', 'count');
	const exportCsv = /** @type {HTMLButtonElement} */ (h('button', 'text-button export-csv'));
	exportCsv.type = 'button';
	const exportXlsx = /** @type {HTMLButtonElement} */ (h('button', 'text-button export-xlsx'));
	exportXlsx.type = 'button';
	const exportBox = h('div', 'exports');
	exportBox.append(exportCsv, exportXlsx);
	toolbar.append(filterBox, showAllLabel, countEl, exportBox);

	const { banner, text: bannerText } = W.banner();

	const scroller = h('div', 'scroller');
	const table = /** @type {HTMLTableElement} */ (h('table', 'grid'));
	const thead = h('thead', '');
	const tbody = h('tbody', '');
	table.append(thead, tbody);
	scroller.appendChild(table);

	const note = h('div', 'note');
	const emptyEl = h('div', 'empty');
	const live = W.liveRegion();
	const announce = W.announcer(live);

	app.append(progressBar, toolbar, banner, scroller, note, emptyEl, live);
	// Nothing is drawn until the extension has sent the localized strings.
	app.hidden = true;

	// ── rendering ───────────────────────────────────────────────────────────────

	function currentQuery() {
		return ui.query || (ui.model && ui.model.query) || { filter: '', showAll: false, sort: 'notices', descending: true };
	}

	function renderChrome() {
		const s = ui.strings;
		W.labelFilter(filterInput, clearButton, { placeholder: s.filterPlaceholder, label: s.filterLabel, clear: s.clearFilter });
		clearButton.hidden = !filterInput.value;
		showAllText.textContent = s.showAll || '';
		exportCsv.replaceChildren(icon('export'), h('span', '', s.exportCsv || 'CSV'));
		exportXlsx.replaceChildren(icon('export'), h('span', '', s.exportXlsx || 'XLSX'));
		exportCsv.title = exportXlsx.title = s.exportTitle || '';
	}

	function render() {
		renderChrome();
		const m = ui.model;
		progressBar.classList.toggle('active', ui.busy);
		app.setAttribute('aria-busy', String(ui.busy));
		const state = m ? m.state : 'building';
		const rows = m && m.table && Array.isArray(m.table.rows) ? m.table.rows : [];
		const columns = m && m.table && Array.isArray(m.table.columns) ? m.table.columns : [];
		const q = currentQuery();
		showAllBox.checked = !!q.showAll;

		toolbar.hidden = state !== 'ready' || m.counts.metrics === 0;
		banner.hidden = !(state === 'ready' && m.partial);
		bannerText.textContent = t('partial');
		const filtered = !!q.filter || m && m.counts.matched < (q.showAll ? m.counts.metrics : m.counts.metrics - m.counts.single);
		countEl.textContent = m && state === 'ready'
			? (filtered ? t('countOf', m.counts.matched, q.showAll ? m.counts.metrics : m.counts.metrics - m.counts.single, columns.length) : t('count', m.counts.matched, columns.length))
			: '';
		exportCsv.disabled = exportXlsx.disabled = !(m && m.counts.matched > 0);

		const empty = emptyState(m, q);
		emptyEl.replaceChildren();
		emptyEl.hidden = !empty;
		scroller.hidden = !!empty;
		note.hidden = true;
		if (empty) {
			showEmpty(empty);
		} else {
			const focusWasInTable = table.contains(document.activeElement);
			renderHead(columns, q);
			renderBody(rows, columns);
			if (m.counts.matched > rows.length) {
				note.hidden = false;
				note.textContent = t('truncated', rows.length, m.counts.matched);
			}
			restoreTabStop(focusWasInTable);
		}
		if (m) {
			post({ type: 'rendered', seq: m.seq, rows: rows.length, columns: columns.length });
			if (state === 'ready' && !empty) { announce(countEl.textContent || ''); }
		}
	}

	/** What to say instead of a table, or null when there is a table to draw. */
	function emptyState(m, q) {
		if (!m || m.state === 'building') { return { icon: 'loading', text: t('building'), hint: t('buildingHint') }; }
		if (m.state === 'untrusted') { return { icon: 'workspace-untrusted', text: t('untrusted'), hint: t('untrustedHint'), action: 'manageTrust' }; }
		if (m.counts.metrics === 0) { return { icon: 'info', text: t('empty') }; }
		if (m.table.rows.length) { return null; }
		if (q.filter) { return { icon: 'search', text: t('noMatch', q.filter) }; }
		return { icon: 'info', text: t('noShared'), hint: t('noSharedHint') };
	}

	function showEmpty(empty) {
		W.drawEmpty(emptyEl, empty.icon, empty.text, empty.hint);
		if (empty.action === 'manageTrust') {
			emptyEl.append(W.emptyAction(t('manageTrust'), () => post({ type: 'manageTrust' })));
		} else if (!ui.model || ui.model.state !== 'building') {
			// the toggle is in the toolbar; with nothing shared, offer it here too
			if (ui.model && ui.model.counts && ui.model.counts.metrics > 0 && !currentQuery().showAll && !currentQuery().filter) {
				emptyEl.append(W.emptyAction(t('showAll'), () => setQuery({ showAll: true })));
			}
		}
	}

	/** A column header that sorts by `key`: `content` (text or elements), `name` for the tooltip. */
	function sortHeader(th, key, content, name, title, q) {
		W.sortButton(th, key, content, [title, t('sortBy', name)].filter(Boolean).join('\n'), q);
		return th;
	}

	function renderHead(columns, q) {
		const tr = h('tr', '');
		const metric = h('th', 'metric-head');
		metric.scope = 'col';
		tr.append(sortHeader(metric, 'metric', t('metric'), t('metric'), '', q));
		const unit = h('th', 'unit-head');
		unit.scope = 'col';
		tr.append(sortHeader(unit, 'unit', t('unit'), t('unit'), '', q));
		const count = h('th', 'notices-head');
		count.scope = 'col';
		tr.append(sortHeader(count, 'notices', t('notices'), t('notices'), t('noticesTitle'), q));
		for (const c of columns) {
			const th = h('th', 'notice-head');
			th.scope = 'col';
			const name = h('span', 'notice-name', c.label);
			const sub = h('span', 'notice-sub', [c.year, c.title && c.title !== c.label ? c.title : c.fileName].filter(x => x != null && x !== '').join(' · '));
			sortHeader(th, `column:${c.id}`, [name, sub], c.label, [c.title, c.fileName].filter(Boolean).join('\n'), q);
			th.querySelector('button')?.setAttribute('aria-label', `${c.label} ${c.year == null ? '' : c.year} ${c.title || c.fileName}`.trim());
			tr.append(th);
		}
		thead.replaceChildren(tr);
	}

	function renderBody(rows, columns) {
		const frag = document.createDocumentFragment();
		for (const r of rows) {
			const tr = h('tr', '');
			const th = h('th', 'metric', r.metric);
			th.scope = 'row';
			th.title = r.metric;
			tr.append(th, h('td', 'unit', r.unit), h('td', 'notices', String(r.notices)));
			for (const c of columns) {
				const td = h('td', 'value');
				const cells = r.cells && Array.isArray(r.cells[c.id]) ? r.cells[c.id] : [];
				for (const cell of cells) {
					const a = /** @type {HTMLAnchorElement} */ (h('a', 'target'));
					a.href = '#';
					a.tabIndex = -1;
					a.dataset.id = cell.id;
					a.append(h('span', 'target-value', cell.display));
					if (cell.deadline != null) { a.append(h('span', 'deadline', t('deadline', cell.deadline))); }
					a.title = t('openHint', c.label, cell.text);
					a.setAttribute('aria-label', `${r.metric} ${c.label} ${cell.display}${r.unit} ${cell.deadline == null ? '' : t('deadline', cell.deadline)}`);
					td.append(a);
				}
				tr.append(td);
			}
			frag.append(tr);
		}
		tbody.replaceChildren(frag);
	}

	// ── keyboard: one tab stop in the table, arrows move between targets ────────

	/** @returns {HTMLAnchorElement[]} */
	function links() { return /** @type {any} */ ([...tbody.querySelectorAll('a.target')]); }

	function setTabStop(a, focus) {
		for (const x of tbody.querySelectorAll('a.target[tabindex="0"]')) { /** @type {HTMLElement} */ (x).tabIndex = -1; }
		if (!a) { return; }
		a.tabIndex = 0;
		ui.current = a.dataset.id || '';
		vscode.setState({ current: ui.current });
		if (focus) { a.focus(); a.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
	}

	function restoreTabStop(focus) {
		const all = links();
		setTabStop(all.find(a => a.dataset.id === ui.current) || all[0], focus);
	}

	/** The link in the row above or below `a` nearest to its column. */
	function vertical(a, step) {
		const td = a.closest('td');
		let tr = a.closest('tr');
		if (!td || !tr) { return null; }
		const col = [...tr.children].indexOf(td);
		for (tr = step > 0 ? tr.nextElementSibling : tr.previousElementSibling; tr; tr = step > 0 ? tr.nextElementSibling : tr.previousElementSibling) {
			const row = [...tr.children];
			for (let d = 0; d < row.length; d++) {
				for (const i of d === 0 ? [col] : [col - d, col + d]) {
					const link = row[i] && row[i].querySelector('a.target');
					if (link) { return link; }
				}
			}
		}
		return null;
	}

	tbody.addEventListener('keydown', e => {
		const a = /** @type {HTMLElement} */ (e.target).closest('a.target');
		if (!a || e.altKey || e.ctrlKey || e.metaKey) { return; }
		const all = links();
		const i = all.indexOf(/** @type {any} */ (a));
		let to = null;
		switch (e.key) {
			case 'ArrowRight': to = all[i + 1]; break;
			case 'ArrowLeft': to = all[i - 1]; break;
			case 'ArrowDown': to = vertical(a, 1); break;
			case 'ArrowUp': to = vertical(a, -1); break;
			case 'Home': to = all[0]; break;
			case 'End': to = all[all.length - 1]; break;
			case ' ':
				e.preventDefault();
				post({ type: 'open', id: a.dataset.id, preserveFocus: true });
				return;
			default: return;
		}
		e.preventDefault();
		if (to) { setTabStop(to, true); }
	});
	tbody.addEventListener('click', e => {
		const a = /** @type {HTMLElement} */ (e.target).closest('a.target');
		if (!a) { return; }
		e.preventDefault();
		setTabStop(a, false);
		// Enter (a click on a link) takes the keyboard to the editor; a mouse click keeps it here.
		post({ type: 'open', id: a.dataset.id, preserveFocus: e.detail !== 0 });
	});

	// ── the query ───────────────────────────────────────────────────────────────

	function setQuery(change) {
		ui.query = Object.assign({}, currentQuery(), change);
		post({ type: 'query', query: ui.query });
		ui.busy = true;
		progressBar.classList.toggle('active', true);
	}

	thead.addEventListener('click', e => {
		const button = /** @type {HTMLElement} */ (e.target).closest('button.sort');
		if (!button) { return; }
		const key = button.dataset.sort || 'notices';
		const q = currentQuery();
		// A new column sorts its natural way first: names A→Z, counts and values high→low.
		const descending = q.sort === key ? !q.descending : !(key === 'metric' || key === 'unit');
		setQuery({ sort: key, descending });
	});

	W.watchFilter(filterInput, clearButton, {
		wait: 200,
		send: filter => setQuery({ filter }),
		toResults: e => {
			const first = tbody.querySelector('a.target[tabindex="0"]') || links()[0];
			if (first) { e.preventDefault(); setTabStop(first, true); }
		},
	});
	showAllBox.addEventListener('change', () => setQuery({ showAll: showAllBox.checked }));
	exportCsv.addEventListener('click', () => post({ type: 'export', format: 'csv' }));
	exportXlsx.addEventListener('click', () => post({ type: 'export', format: 'xlsx' }));

	W.pageKeys(filterInput, { filterShown: () => !toolbar.hidden });

	// ── messages from the extension ─────────────────────────────────────────────

	W.listen({
		init: W.showOnInit(ui, app, render),
		model(msg) {
			ui.model = msg.model;
			// The extension's query is the one shown; the box keeps what is being typed into it.
			ui.query = null;
			ui.busy = false;
			if (msg.model && msg.model.query && typeof msg.model.query.filter === 'string' && document.activeElement !== filterInput) {
				filterInput.value = msg.model.query.filter;
			}
			render();
		},
		busy(msg) {
			ui.busy = !!msg.busy;
			progressBar.classList.toggle('active', ui.busy);
		},
	}, message => post({ type: 'error', message }));

	post({ type: 'ready' });
})();
