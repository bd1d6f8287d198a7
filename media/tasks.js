// The task table webview (任务分工表): draws the rows and the order the extension posts
// (src/extension/tasks/view.ts) and sends back only the messages src/extension/tasks/messages.ts
// accepts. Filtering and sorting are the extension's (it exports the same rows); this page keeps
// the filter box, the unit filter, the scope toggle and the sort buttons and says what changed.
// Only the rows in view are in the DOM (one row height, spacers above and below), so 10,000
// rows scroll and move by keyboard as quickly as 10. Every text from the model goes into the DOM
// through textContent; no innerHTML, no inline handlers, no remote content.
// @ts-check
(function () {
	'use strict';
	// eslint-disable-next-line no-undef
	const vscode = acquireVsCodeApi();
	/** The helpers every view shares (media/webview-base.js). */
	const W = /** @type {any} */ (self).PnWebview;

	/** Rows drawn above and below the visible ones, so a short scroll shows rows already there. */
	const OVERSCAN = 8;
	/** The sortable columns (keys of src/extension/tasks/model.ts SORT_KEYS) and the others. */
	const COLUMNS = [
		{ key: 'seq', sortable: true },
		{ key: 'file', sortable: true, workspaceOnly: true },
		{ key: 'path', sortable: true },
		{ key: 'title', sortable: true },
		{ key: 'lead', sortable: true },
		{ key: 'responsible', sortable: true },
		{ key: 'deadline', sortable: true },
		{ key: 'targets', sortable: true },
		{ key: 'notes', sortable: false, notesOnly: true },
	];

	const ui = {
		/** @type {Record<string, string>} */
		strings: {},
		/** @type {any} */
		model: null,
		/** @type {any[]} */
		rows: [],
		rowsVersion: -1,
		/** the query as this page last sent it (the model's may lag behind typing) */
		/** @type {{ filter: string, unit: string, scope: string, sort: string, descending: boolean } | null} */
		query: null,
		/** position in the order of the row with the tab stop */
		cursor: 0,
		/** the task at the cursor (file and offset), kept across queries and new rows */
		cursorKey: '',
		/** the columns drawn, and the window of rows drawn */
		/** @type {typeof COLUMNS} */
		columns: [],
		first: -1,
		last: -1,
		unitsKey: '',
	};

	/** A localized string with its `{0}` … filled in. */
	const t = W.localizer(() => ui.strings);
	const { h, icon } = W;
	function post(message) { vscode.postMessage(message); }

	// ── the skeleton (built once) ───────────────────────────────────────────────

	const app = /** @type {HTMLElement} */ (document.getElementById('app'));
	const progressBar = W.progressBar();

	const header = h('div', 'source');
	const sourceTitle = h('div', 'source-title');
	const sourceSub = h('div', 'source-sub');
	header.append(sourceTitle, sourceSub);

	const toolbar = h('div', 'toolbar');
	const { box: filterBox, input: filterInput, clear: clearButton } = W.filterBox();
	const unitBox = h('label', 'unit-box');
	const unitSelect = /** @type {HTMLSelectElement} */ (h('select', 'unit-filter'));
	unitBox.append(icon('organization'), unitSelect);
	const { label: scopeLabel, box: scopeBox, text: scopeText } = W.checkbox('scope-all');
	const countEl = h('div', 'count');
	const exportBox = h('div', 'exports');
	/** @type {Record<string, HTMLButtonElement>} */
	const exportButtons = {};
	for (const format of ['csv', 'md', 'xlsx']) {
		const b = /** @type {HTMLButtonElement} */ (h('button', `text-button export-${format}`));
		b.type = 'button';
		b.addEventListener('click', () => post({ type: 'export', format }));
		exportButtons[format] = b;
		exportBox.append(b);
	}
	toolbar.append(filterBox, unitBox, scopeLabel, countEl, exportBox);

	const { banner, text: bannerText } = W.banner();

	const scroller = h('div', 'scroller');
	const table = /** @type {HTMLTableElement} */ (h('table', 'grid tasks'));
	table.setAttribute('role', 'grid');
	const colgroup = h('colgroup', '');
	const thead = h('thead', '');
	const tbody = h('tbody', '');
	table.append(colgroup, thead, tbody);
	scroller.appendChild(table);

	const emptyEl = h('div', 'empty');
	const live = W.liveRegion();
	const announce = W.announcer(live);

	app.append(progressBar, header, toolbar, banner, scroller, emptyEl, live);
	// Nothing is drawn until the extension has sent the localized strings.
	app.hidden = true;

	// ── the model ───────────────────────────────────────────────────────────────

	function currentQuery() {
		return ui.query || (ui.model && ui.model.query) || { filter: '', unit: '', scope: 'document', sort: 'seq', descending: false };
	}
	/** @returns {number[]} */
	function order() { return ui.model && Array.isArray(ui.model.order) ? ui.model.order : []; }
	function hasRows() { return !!ui.model && ui.model.rowsVersion === ui.rowsVersion; }

	function rowHeight() {
		const v = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--pn-row'));
		return Number.isFinite(v) && v > 0 ? v : 28;
	}

	// ── rendering ───────────────────────────────────────────────────────────────

	function renderChrome() {
		const s = ui.strings;
		W.labelFilter(filterInput, clearButton, { placeholder: s.filterPlaceholder, label: s.filterLabel, clear: s.clearFilter });
		clearButton.hidden = !filterInput.value;
		unitSelect.title = s.unitLabel || '';
		unitSelect.setAttribute('aria-label', s.unitLabel || '');
		scopeText.textContent = s.scopeWorkspace || '';
		exportButtons.csv.replaceChildren(icon('export'), h('span', '', t('exportCsv')));
		exportButtons.md.replaceChildren(icon('export'), h('span', '', t('exportMarkdown')));
		exportButtons.xlsx.replaceChildren(icon('export'), h('span', '', t('exportXlsx')));
		for (const b of Object.values(exportButtons)) { b.title = s.exportTitle || ''; }
		table.setAttribute('aria-label', s.tableLabel || '');
	}

	function render() {
		renderChrome();
		const m = ui.model;
		const q = currentQuery();
		const state = m ? m.state : 'loading';
		const busy = state === 'loading' || (m && m.partial);
		progressBar.classList.toggle('active', !!busy);
		app.setAttribute('aria-busy', String(!!busy));
		scopeBox.checked = q.scope === 'workspace';
		renderUnits(m ? m.units : [], q.unit);

		const ready = state === 'ready' && hasRows();
		const shown = ready ? order().length : 0;
		const total = ready ? m.total : 0;
		header.hidden = !ready || !m.source;
		if (ready && m.source) {
			if (q.scope === 'workspace') {
				sourceTitle.textContent = t('scopeWorkspace');
				sourceSub.textContent = t('noticesCount', m.source.notices);
			} else {
				sourceTitle.textContent = m.source.title || m.source.fileName;
				sourceSub.textContent = m.source.fileName;
			}
		}
		toolbar.hidden = !(ready || state === 'noNotice' || state === 'untrusted');
		banner.hidden = !(ready && m.partial && m.progress);
		bannerText.textContent = m && m.progress ? t('partial', m.progress.done, m.progress.total) : '';
		countEl.textContent = ready ? (shown < total ? t('countOf', shown, total) : t('count', total)) : '';
		for (const b of Object.values(exportButtons)) { b.disabled = shown === 0; }

		const empty = emptyState(m, q, ready, shown, total);
		emptyEl.replaceChildren();
		emptyEl.hidden = !empty;
		scroller.hidden = !!empty;
		if (empty) {
			showEmpty(empty);
			tbody.replaceChildren();
			ui.first = ui.last = -1;
		} else {
			const focusWasInTable = tbody.contains(document.activeElement);
			// The header is drawn again (its sort marks): the button that had the keyboard keeps it.
			const focusedSort = thead.contains(document.activeElement) ? /** @type {HTMLElement} */ (document.activeElement).dataset.sort : undefined;
			renderHead(q);
			if (focusedSort) { const b = /** @type {HTMLElement | null} */ (thead.querySelector(`button[data-sort="${focusedSort}"]`)); if (b) { b.focus(); } }
			placeCursor();
			renderWindow(true);
			if (focusWasInTable) { focusCursor(); }
		}
		if (m) {
			post({ type: 'rendered', seq: m.seq, rows: ready ? shown : 0, drawn: tbody.querySelectorAll('tr.task').length });
			if (ready && !empty) { announce(countEl.textContent || ''); }
		}
	}

	/** What to say instead of a table, or null when there is a table to draw. */
	function emptyState(m, q, ready, shown, total) {
		if (!m || m.state === 'loading' || (m.state === 'ready' && !hasRows())) { return { icon: 'loading', text: t('loading') }; }
		if (m.state === 'untrusted') { return { icon: 'workspace-untrusted', text: t('untrusted'), hint: t('untrustedHint'), action: 'manageTrust' }; }
		if (m.state === 'noNotice') { return { icon: 'info', text: t('noNotice'), hint: t('noNoticeHint'), action: 'workspace' }; }
		if (m.state === 'error') { return { icon: 'error', text: t('error', m.message || '') }; }
		if (!ready) { return { icon: 'loading', text: t('loading') }; }
		if (total === 0) { return m.partial ? { icon: 'loading', text: t('loading') } : { icon: 'info', text: t('empty') }; }
		if (shown === 0) { return { icon: 'search', text: t('noMatch', [q.filter, q.unit].filter(Boolean).join(' · ')) }; }
		return null;
	}

	function showEmpty(empty) {
		W.drawEmpty(emptyEl, empty.icon, empty.text, empty.hint);
		if (empty.action === 'manageTrust') {
			emptyEl.append(W.emptyAction(t('manageTrust'), () => post({ type: 'manageTrust' })));
		} else if (empty.action === 'workspace') {
			emptyEl.append(W.emptyAction(t('scopeWorkspace'), () => setQuery({ scope: 'workspace' })));
		}
	}

	function renderUnits(units, selected) {
		const list = Array.isArray(units) ? units : [];
		const key = list.join('\u0000');
		if (key !== ui.unitsKey) {
			ui.unitsKey = key;
			const all = /** @type {HTMLOptionElement} */ (h('option', '', t('allUnits')));
			all.value = '';
			unitSelect.replaceChildren(all, ...list.map(u => { const o = /** @type {HTMLOptionElement} */ (h('option', '', u)); o.value = u; return o; }));
		} else if (unitSelect.options.length) {
			unitSelect.options[0].textContent = t('allUnits');
		}
		unitSelect.value = list.includes(selected) ? selected : '';
		unitBox.hidden = list.length === 0;
	}

	function renderHead(q) {
		const withNotes = ui.rows.some(r => Array.isArray(r.notes) && r.notes.length > 0);
		ui.columns = COLUMNS.filter(c => (!c.workspaceOnly || q.scope === 'workspace') && (!c.notesOnly || withNotes));
		colgroup.replaceChildren(...ui.columns.map(c => h('col', `col-${c.key}`)));
		const tr = h('tr', '');
		tr.setAttribute('aria-rowindex', '1');
		for (const c of ui.columns) {
			const th = h('th', `head-${c.key}`);
			th.scope = 'col';
			th.setAttribute('role', 'columnheader');
			if (c.sortable) {
				W.sortButton(th, c.key, t(c.key), t('sortBy', t(c.key)), q);
			} else {
				th.append(h('span', 'head-label', t(c.key)));
			}
			tr.append(th);
		}
		thead.replaceChildren(tr);
		table.setAttribute('aria-rowcount', String(order().length + 1));
		table.setAttribute('aria-colcount', String(ui.columns.length));
	}

	function rowKey(index) { const r = ui.rows[index]; return r ? `${r.file}#${r.offset}` : ''; }

	/** The cursor on the task it was on, if the order still shows it (scrolled into view); else on the first row, at the top. */
	function placeCursor() {
		const o = order();
		const at = ui.cursorKey ? o.findIndex(i => rowKey(i) === ui.cursorKey) : -1;
		ui.cursor = at >= 0 ? at : 0;
		ui.cursorKey = o.length ? rowKey(o[ui.cursor]) : '';
		if (at < 0) { scroller.scrollTop = 0; } else { scrollToCursor(); }
	}

	/** Draws the rows in view (and OVERSCAN around them); `force` redraws when the window is the same. */
	function renderWindow(force) {
		const o = order();
		const rh = rowHeight();
		// Rows start below the header; the first one under the (sticky) header is at scrollTop / rh.
		const first = Math.max(0, Math.floor(scroller.scrollTop / rh) - OVERSCAN);
		const last = Math.min(o.length, first + Math.ceil(scroller.clientHeight / rh) + 2 * OVERSCAN);
		if (!force && first === ui.first && last === ui.last) { return; }
		ui.first = first;
		ui.last = last;
		const frag = document.createDocumentFragment();
		frag.append(spacer(first * rh));
		for (let k = first; k < last; k++) { frag.append(rowElement(o[k], k)); }
		frag.append(spacer((o.length - last) * rh));
		tbody.replaceChildren(frag);
	}

	function spacer(height) {
		const tr = h('tr', 'spacer');
		tr.setAttribute('aria-hidden', 'true');
		const td = /** @type {HTMLTableCellElement} */ (h('td', ''));
		td.colSpan = Math.max(1, ui.columns.length);
		tr.style.height = `${height}px`;
		tr.append(td);
		return tr;
	}

	function rowElement(index, k) {
		const r = ui.rows[index];
		const tr = h('tr', 'task');
		tr.dataset.pos = String(k);
		tr.dataset.index = String(index);
		tr.setAttribute('role', 'row');
		tr.setAttribute('aria-rowindex', String(k + 2));
		tr.tabIndex = k === ui.cursor ? 0 : -1;
		if (k === ui.cursor) { tr.classList.add('selected'); tr.setAttribute('aria-selected', 'true'); }
		const task = [r.number, r.title].filter(Boolean).join(' ');
		tr.title = t('openHint', task);
		for (const c of ui.columns) {
			const text = cellText(r, c.key);
			const cell = h(c.key === 'title' ? 'th' : 'td', c.key, text);
			if (c.key === 'title') { /** @type {HTMLTableCellElement} */ (cell).scope = 'row'; }
			cell.setAttribute('role', c.key === 'title' ? 'rowheader' : 'gridcell');
			if (text) { cell.title = fullText(r, c.key) || text; }
			if (c.key === 'targets' && r.targets.length > 1) { cell.append(h('span', 'more', ` ${t('more', r.targets.length - 1)}`)); }
			tr.append(cell);
		}
		return tr;
	}

	/** What a cell shows (one line; the tooltip has the whole). */
	function cellText(r, key) {
		switch (key) {
			case 'seq': return String(r.seq);
			case 'file': return r.fileName;
			case 'path': return r.path.join(' › ');
			case 'title': return [r.number, r.title].filter(Boolean).join(' ');
			case 'lead': return r.lead.join('、');
			case 'responsible': return r.responsible.join('、');
			case 'deadline': return r.deadline || '';
			case 'targets': return r.targets.length ? r.targets[0] : '';
			case 'notes': return Array.isArray(r.notes) ? r.notes.join(' ') : '';
		}
		return '';
	}

	function fullText(r, key) {
		if (key === 'targets') { return r.targets.join('\n'); }
		if (key === 'notes') { return Array.isArray(r.notes) ? r.notes.join('\n') : ''; }
		if (key === 'path') { return r.path.join('\n'); }
		return '';
	}

	// ── keyboard: one tab stop in the table, arrows move between rows ──────────

	function cursorElement() { return /** @type {HTMLElement | null} */ (tbody.querySelector(`tr.task[data-pos="${ui.cursor}"]`)); }
	function focusCursor() { const el = cursorElement(); if (el) { el.focus({ preventScroll: true }); } }

	/** Moves the cursor to position `k` of the order, scrolls it into view, draws and focuses it. */
	function moveCursor(k, focus) {
		const o = order();
		if (!o.length) { return; }
		ui.cursor = Math.max(0, Math.min(o.length - 1, k));
		ui.cursorKey = rowKey(o[ui.cursor]);
		scrollToCursor();
		renderWindow(true);
		if (focus) { focusCursor(); }
	}

	function scrollToCursor() {
		const rh = rowHeight();
		const headH = thead.getBoundingClientRect().height;
		const rowTop = ui.cursor * rh;
		const viewTop = scroller.scrollTop;
		const viewHeight = scroller.clientHeight - headH;
		if (rowTop < viewTop) { scroller.scrollTop = rowTop; } else if (rowTop + rh > viewTop + viewHeight) { scroller.scrollTop = rowTop + rh - viewHeight; }
	}

	function openAt(k, preserveFocus) {
		const o = order();
		if (k < 0 || k >= o.length) { return; }
		post({ type: 'open', version: ui.rowsVersion, index: o[k], preserveFocus });
	}

	tbody.addEventListener('keydown', e => {
		const tr = /** @type {HTMLElement} */ (e.target).closest('tr.task');
		if (!tr || e.altKey || e.metaKey) { return; }
		const k = Number(/** @type {HTMLElement} */ (tr).dataset.pos);
		const page = Math.max(1, Math.floor((scroller.clientHeight - thead.getBoundingClientRect().height) / rowHeight()) - 1);
		switch (e.key) {
			case 'ArrowDown': moveCursor(k + 1, true); break;
			case 'ArrowUp':
				if (k === 0) { const b = thead.querySelector(`button[data-sort="${currentQuery().sort}"]`) || thead.querySelector('button.sort'); if (b) { /** @type {HTMLElement} */ (b).focus(); } } else { moveCursor(k - 1, true); }
				break;
			case 'PageDown': moveCursor(k + page, true); break;
			case 'PageUp': moveCursor(k - page, true); break;
			case 'Home': moveCursor(0, true); break;
			case 'End': moveCursor(order().length - 1, true); break;
			case 'Enter': openAt(k, false); break;
			case ' ': openAt(k, true); break;
			default: return;
		}
		e.preventDefault();
	});
	tbody.addEventListener('click', e => {
		const tr = /** @type {HTMLElement} */ (e.target).closest('tr.task');
		if (!tr) { return; }
		const k = Number(/** @type {HTMLElement} */ (tr).dataset.pos);
		moveCursor(k, true);
		// A click opens the task beside and keeps the keyboard here; a double click goes there.
		openAt(k, e.detail < 2);
	});
	thead.addEventListener('keydown', e => {
		const button = /** @type {HTMLElement} */ (e.target).closest('button.sort');
		if (!button || e.altKey || e.ctrlKey || e.metaKey) { return; }
		const buttons = [...thead.querySelectorAll('button.sort')];
		const i = buttons.indexOf(button);
		let to = null;
		if (e.key === 'ArrowRight') { to = buttons[i + 1]; } else if (e.key === 'ArrowLeft') { to = buttons[i - 1]; } else if (e.key === 'ArrowDown') { e.preventDefault(); moveCursor(ui.cursor, true); return; } else { return; }
		e.preventDefault();
		if (to) { /** @type {HTMLElement} */ (to).focus(); }
	});
	let frame = 0;
	scroller.addEventListener('scroll', () => {
		if (frame) { return; }
		frame = requestAnimationFrame(() => { frame = 0; renderWindow(false); });
	});
	window.addEventListener('resize', () => { if (!scroller.hidden) { renderWindow(false); } });

	// ── the query ───────────────────────────────────────────────────────────────

	function setQuery(change) {
		ui.query = Object.assign({}, currentQuery(), change);
		post({ type: 'query', query: ui.query });
		progressBar.classList.toggle('active', true);
	}

	thead.addEventListener('click', e => {
		const button = /** @type {HTMLElement} */ (e.target).closest('button.sort');
		if (!button) { return; }
		const key = button.dataset.sort || 'seq';
		const q = currentQuery();
		setQuery({ sort: key, descending: q.sort === key ? !q.descending : false });
	});

	W.watchFilter(filterInput, clearButton, {
		wait: 150,
		send: filter => setQuery({ filter }),
		toResults: e => {
			if (order().length && !scroller.hidden) {
				e.preventDefault();
				moveCursor(ui.cursor, true);
			}
		},
	});
	unitSelect.addEventListener('change', () => setQuery({ unit: unitSelect.value }));
	scopeBox.addEventListener('change', () => setQuery({ scope: scopeBox.checked ? 'workspace' : 'document' }));

	W.pageKeys(filterInput, { filterShown: () => !toolbar.hidden });

	// ── messages from the extension ─────────────────────────────────────────────

	W.listen({
		init: W.showOnInit(ui, app, render),
		rows(msg) {
			ui.rows = Array.isArray(msg.rows) ? msg.rows : [];
			ui.rowsVersion = typeof msg.version === 'number' ? msg.version : -1;
		},
		model(msg) {
			// Another question (filter, unit, sort, scope): the cursor starts at the top again;
			// the same one answered with more rows (the workspace is read) keeps its task.
			if (!ui.model || !msg.model || JSON.stringify(ui.model.query) !== JSON.stringify(msg.model.query)) { ui.cursorKey = ''; }
			ui.model = msg.model;
			// The extension's query is the one shown; the box keeps what is being typed into it.
			ui.query = null;
			if (msg.model && msg.model.query && typeof msg.model.query.filter === 'string' && document.activeElement !== filterInput) {
				filterInput.value = msg.model.query.filter;
			}
			render();
		},
	}, message => post({ type: 'error', message }));

	post({ type: 'ready' });
})();
