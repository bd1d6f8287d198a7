// The Related Tasks webview: draws what the extension posts (src/extension/related/view.ts) and
// sends back only the messages src/extension/related/messages.ts accepts. Every text from the
// model goes into the DOM through textContent; no innerHTML, no inline handlers, no remote
// content. The pure parts (filter, groups, highlights, key moves) are in related-model.js.
// @ts-check
(function () {
	'use strict';
	// eslint-disable-next-line no-undef
	const vscode = acquireVsCodeApi();
	/** The helpers every view shares (media/webview-base.js). */
	const W = /** @type {any} */ (self).PnWebview;
	/** @type {any} */
	const M = /** @type {any} */ (self).RelatedModel;

	const saved = vscode.getState() || {};
	const ui = {
		/** @type {Record<string, string>} */
		strings: {},
		/** @type {any} */
		model: null,
		filter: typeof saved.filter === 'string' ? saved.filter : '',
		group: saved.group === 'document' ? 'document' : 'flat',
		/** @type {Set<string>} collapsed group keys */
		collapsed: new Set(Array.isArray(saved.collapsed) ? saved.collapsed.filter(k => typeof k === 'string') : []),
		/** `i:<id>` for a result, `g:<key>` for a group header */
		selected: typeof saved.selected === 'string' ? saved.selected : '',
		loading: false,
		/** the rows Up/Down move through, in order */
		/** @type {{ key: string, el: HTMLElement, kind: 'item' | 'group', id?: string, group?: string }[]} */
		rows: [],
	};

	const t = W.localizer(() => ui.strings);

	// ── DOM helpers ─────────────────────────────────────────────────────────────

	const { h, icon } = W;
	function post(message) { vscode.postMessage(message); }

	// ── the skeleton (built once) ───────────────────────────────────────────────

	const app = /** @type {HTMLElement} */ (document.getElementById('app'));
	const progressBar = W.progressBar();

	const header = h('header', 'query');
	const queryTop = h('div', 'query-top');
	const queryLabel = h('span', 'query-label');
	const pinButton = /** @type {HTMLButtonElement} */ (h('button', 'icon-button pin'));
	pinButton.type = 'button';
	queryTop.append(queryLabel, pinButton);
	const queryTitle = h('div', 'query-title');
	const queryPath = h('div', 'query-path');
	header.append(queryTop, queryTitle, queryPath);

	const toolbar = h('div', 'toolbar');
	const { box: filterBox, input: filterInput, clear: clearButton } = W.filterBox();
	filterInput.value = ui.filter;
	const countEl = h('div', 'count');
	toolbar.append(filterBox, countEl);

	const { banner, text: bannerText } = W.banner();
	const bannerMeter = h('div', 'meter');
	const bannerFill = h('div', 'meter-fill');
	bannerMeter.appendChild(bannerFill);
	banner.append(bannerMeter);

	const list = h('div', 'list');
	const emptyEl = h('div', 'empty');
	const live = W.liveRegion();
	const announce = W.announcer(live);

	app.append(progressBar, header, toolbar, banner, list, emptyEl, live);
	// Nothing is drawn until the extension has sent the localized strings.
	app.hidden = true;

	// ── rendering ───────────────────────────────────────────────────────────────

	function saveState() {
		vscode.setState({ filter: ui.filter, group: ui.group, collapsed: [...ui.collapsed], selected: ui.selected });
	}

	function renderChrome() {
		const s = ui.strings;
		W.labelFilter(filterInput, clearButton, { placeholder: s.filterPlaceholder, label: s.filterLabel, clear: s.clearFilter });
		queryLabel.textContent = s.relatedTo || '';
		const pinned = !!(ui.model && ui.model.pinned);
		pinButton.replaceChildren(icon(pinned ? 'pinned' : 'pin'));
		pinButton.title = pinned ? s.unpin : s.pin;
		pinButton.setAttribute('aria-label', pinned ? s.unpin : s.pin);
		pinButton.setAttribute('aria-pressed', String(pinned));
		pinButton.classList.toggle('on', pinned);
		header.classList.toggle('pinned', pinned);
		clearButton.hidden = !ui.filter;
	}

	function render() {
		renderChrome();
		const m = ui.model;
		const focusWasInList = list.contains(document.activeElement);
		list.replaceChildren();
		ui.rows = [];
		progressBar.classList.toggle('active', ui.loading);
		app.setAttribute('aria-busy', String(ui.loading));

		const state = m ? m.state : 'idle';
		const hasQuery = !!(m && m.query);
		header.hidden = !hasQuery;
		if (hasQuery) {
			queryTitle.textContent = m.query.title;
			const path = Array.isArray(m.query.path) ? m.query.path : [];
			queryPath.textContent = path.slice(0, -1).join(' › ');
			queryPath.hidden = path.length < 2;
			header.title = `${m.query.fileName} › ${path.join(' › ')}`;
			if (m.pinned) { queryLabel.textContent = `${ui.strings.relatedTo || ''} · ${ui.strings.pinned || ''}`; }
		}

		const all = m && Array.isArray(m.results) ? m.results : [];
		// The indexing banner over results so far (they may be incomplete); with none yet, the
		// empty state says it.
		const indexing = state === 'indexing' && all.length > 0;
		banner.hidden = !indexing;
		if (indexing) {
			const p = m.progress;
			if (p && p.total > 0) {
				bannerText.textContent = t('indexing', p.done, p.total);
				bannerFill.style.width = `${Math.round((100 * Math.min(p.done, p.total)) / p.total)}%`;
				bannerMeter.hidden = false;
			} else {
				bannerText.textContent = t('indexingStart');
				bannerMeter.hidden = true;
			}
		}

		const shown = M.filterItems(all, ui.filter);
		const showList = (state === 'ready' || state === 'indexing') && all.length > 0;
		toolbar.hidden = !showList;
		countEl.textContent = ui.filter ? t('countFiltered', shown.length, all.length) : t('count', all.length);

		emptyEl.replaceChildren();
		emptyEl.hidden = true;
		list.hidden = true;
		const empty = M.emptyState(m, ui.loading, ui.filter, shown.length);
		if (empty) {
			showEmpty(empty);
		} else {
			list.hidden = false;
			if (ui.group === 'document') { renderGroups(shown); } else { renderFlat(shown); }
		}

		// Keep the selection on the same row when it is still there; a result hidden in a
		// collapsed group selects its group. Else the first row takes the tab stop, unselected
		// until the keyboard or the mouse comes to the list.
		let index = ui.rows.findIndex(r => r.key === ui.selected);
		if (index < 0 && ui.selected.startsWith('i:')) {
			const hiddenIn = all.find(x => `i:${x.id}` === ui.selected);
			if (hiddenIn) { index = ui.rows.findIndex(r => r.key === `g:${hiddenIn.group}`); }
		}
		if (index >= 0 || focusWasInList) {
			select(Math.max(0, index), { focus: focusWasInList, scroll: false });
		} else {
			select(0, { quiet: true });
		}

		if (m) {
			post({ type: 'rendered', seq: m.seq, shown: shown.length, total: all.length });
			announce(hasQuery && showList ? (ui.filter ? t('countFiltered', shown.length, all.length) : t('countAnnounce', all.length, m.query.title)) : '');
		}
	}

	/** Draws an `emptyState` of related-model.js. */
	function showEmpty(empty) {
		emptyEl.hidden = false;
		const kinds = { info: 'info', error: 'error', search: 'search', loading: 'loading', 'workspace-untrusted': 'workspace-untrusted' };
		W.drawEmpty(emptyEl, kinds[empty.kind] || 'info', t(empty.text[0], ...empty.text.slice(1)), empty.hint && t(empty.hint));
		if (empty.action === 'manageTrust') {
			emptyEl.append(W.emptyAction(t('manageTrust'), () => post({ type: 'manageTrust' })));
		}
	}

	function renderFlat(items) {
		list.setAttribute('role', 'listbox');
		list.setAttribute('aria-label', ui.strings.listLabel || '');
		list.classList.remove('grouped');
		for (const item of items) { list.appendChild(itemRow(item, 'option', false)); }
	}

	function renderGroups(items) {
		list.setAttribute('role', 'tree');
		list.setAttribute('aria-label', ui.strings.listLabel || '');
		list.classList.add('grouped');
		for (const g of M.groupItems(items)) {
			const expanded = !ui.collapsed.has(g.key);
			const head = h('div', 'row group-header');
			const key = `g:${g.key}`;
			head.id = `row-${ui.rows.length}`;
			head.setAttribute('role', 'treeitem');
			head.setAttribute('aria-level', '1');
			head.setAttribute('aria-expanded', String(expanded));
			head.dataset.key = key;
			head.tabIndex = -1;
			head.title = [g.document, g.issuer, g.fileName].filter(Boolean).join('\n');
			const twistie = icon(expanded ? 'chevron-down' : 'chevron-right');
			twistie.classList.add('twistie');
			head.append(twistie);
			if (g.region || g.issuer) { head.append(h('span', 'badge region', g.region || g.issuer)); }
			head.append(h('span', 'group-title', M.shortDocument(g.document) || g.fileName));
			if (g.year != null) { head.append(h('span', 'year', String(g.year))); }
			head.append(h('span', 'badge count-badge', String(g.items.length)));
			head.setAttribute('aria-label', `${g.region || g.issuer} ${g.document}, ${t('groupCount', g.items.length)}`);
			const wrap = h('div', 'group');
			wrap.setAttribute('role', 'group');
			ui.rows.push({ key, el: head, kind: 'group', group: g.key });
			list.append(head);
			if (expanded) {
				for (const item of g.items) { wrap.appendChild(itemRow(item, 'treeitem', true)); }
				list.append(wrap);
			}
		}
	}

	function itemRow(item, role, inGroup) {
		const row = h('div', 'row item');
		const key = `i:${item.id}`;
		row.id = `row-${ui.rows.length}`;
		row.setAttribute('role', role);
		if (role === 'treeitem') { row.setAttribute('aria-level', '2'); }
		row.dataset.key = key;
		row.tabIndex = -1;
		ui.rows.push({ key, el: row, kind: 'item', id: item.id, group: item.group });

		const path = Array.isArray(item.path) ? item.path : [];
		const heading = path.length ? path[path.length - 1] : item.title;

		const top = h('div', 'item-top');
		if (!inGroup) {
			if (item.region || item.issuer) { top.append(h('span', 'badge region', item.region || item.issuer)); }
			const doc = h('span', 'doc', M.shortDocument(item.document));
			doc.title = item.document;
			top.append(doc);
		} else {
			top.append(h('span', 'item-title', heading));
		}
		const score = h('span', 'score', M.formatScore(item.score));
		score.title = `${t('scoreTitle')}\n${t('terms', (item.terms || []).join('、'))}`;
		top.append(score);
		// 与本通知对比: this result's notice beside the query's (Compare Two Notices); C on the row too.
		const compare = /** @type {HTMLButtonElement} */ (h('button', 'icon-button compare-notices'));
		compare.type = 'button';
		compare.tabIndex = -1;
		compare.title = t('compareWith');
		compare.setAttribute('aria-label', t('compareWith'));
		compare.appendChild(icon('split-horizontal'));
		compare.addEventListener('click', e => { e.stopPropagation(); post({ type: 'compare', id: item.id }); });
		top.append(compare);
		row.append(top);

		if (path.length > 1) { row.append(h('div', 'item-path', path.slice(0, -1).join(' › '))); }
		if (!inGroup) { row.append(h('div', 'item-title', heading)); }

		if (item.snippet) {
			const snippet = h('div', 'snippet');
			for (const run of M.splitHighlights(item.snippet, item.highlights)) {
				snippet.append(run.mark ? h('mark', '', run.text) : document.createTextNode(run.text));
			}
			row.append(snippet);
		}

		const targets = Array.isArray(item.targets) ? item.targets : [];
		if (targets.length) {
			const box = h('ul', 'targets');
			box.setAttribute('aria-label', t('targets'));
			const { shown, rest } = M.takeNames(targets.map(x => M.formatTarget(x) + '\u0000' + (x.deadline || '')), 3);
			for (const line of shown) {
				const [text, deadline] = line.split('\u0000');
				const li = h('li', 'target');
				li.append(icon('target'), h('span', 'target-text', text));
				if (deadline) { li.append(h('span', 'deadline', t('deadline', deadline))); }
				box.append(li);
			}
			if (rest) {
				const more = h('li', 'more', t('more', rest));
				more.title = targets.map(x => `${M.formatTarget(x)}${x.deadline ? ` (${t('deadline', x.deadline)})` : ''}`).join('\n');
				box.append(more);
			}
			row.append(box);
		}

		for (const [kind, names] of [['lead', item.lead], ['responsible', item.responsible]]) {
			const { shown, rest } = M.takeNames(names, 4);
			if (!shown.length) { continue; }
			const line = h('div', `units ${kind}`);
			line.append(icon(kind === 'lead' ? 'person' : 'organization'), h('span', 'units-label', t(kind)));
			line.append(h('span', 'units-names', shown.join('、') + (rest ? ` ${t('more', rest)}` : '')));
			line.title = `${t(kind)}: ${(names || []).join('、')}`;
			row.append(line);
		}

		row.title = t('openHint', item.fileName, item.line);
		row.setAttribute('aria-label', [item.region || item.issuer, M.shortDocument(item.document), path.join(' › '),
			targets.length ? `${t('targets')} ${targets.length}` : '', t('score', M.formatScore(item.score))].filter(Boolean).join(', '));
		return row;
	}

	// ── selection and focus (roving tabindex) ───────────────────────────────────

	function selectedIndex() { return ui.rows.findIndex(r => r.key === ui.selected); }

	/** Selects row `index` (roving tabindex); `quiet` only gives it the tab stop. */
	function select(index, opts) {
		const focus = !!(opts && opts.focus);
		const quiet = !!(opts && opts.quiet);
		ui.rows.forEach((r, i) => {
			const on = i === index;
			r.el.tabIndex = on ? 0 : -1;
			r.el.classList.toggle('selected', on && !quiet);
			if (r.kind === 'item') { r.el.setAttribute('aria-selected', String(on && !quiet)); }
		});
		const row = ui.rows[index];
		if (!row || quiet) { return; }
		ui.selected = row.key;
		saveState();
		if (focus) { row.el.focus({ preventScroll: true }); }
		if (!opts || opts.scroll !== false) { row.el.scrollIntoView({ block: 'nearest' }); }
	}

	function openRow(row, preserveFocus) {
		if (!row) { return; }
		if (row.kind === 'group') { toggleGroup(row.group); return; }
		post({ type: 'open', id: row.id, preserveFocus });
	}

	function toggleGroup(key, expand) {
		const collapsed = ui.collapsed.has(key);
		const next = expand === undefined ? !collapsed : !expand;
		if (next === collapsed) { return; }
		if (next) { ui.collapsed.add(key); } else { ui.collapsed.delete(key); }
		ui.selected = `g:${key}`;
		saveState();
		render();
		const i = selectedIndex();
		if (i >= 0) { ui.rows[i].el.focus({ preventScroll: true }); }
	}

	// ── events ──────────────────────────────────────────────────────────────────

	list.addEventListener('click', e => {
		const el = /** @type {HTMLElement} */ (e.target).closest('.row');
		if (!el) { return; }
		const i = ui.rows.findIndex(r => r.el === el);
		if (i < 0) { return; }
		select(i, { focus: true });
		openRow(ui.rows[i], true);
	});
	// Tab (or anything else) bringing focus to a row selects it.
	list.addEventListener('focusin', e => {
		const el = /** @type {HTMLElement} */ (e.target).closest('.row');
		const i = el ? ui.rows.findIndex(r => r.el === el) : -1;
		if (i >= 0 && (ui.rows[i].key !== ui.selected || !el.classList.contains('selected'))) { select(i, { scroll: false }); }
	});
	list.addEventListener('dblclick', e => {
		const el = /** @type {HTMLElement} */ (e.target).closest('.row.item');
		const row = el && ui.rows.find(r => r.el === el);
		if (row) { openRow(row, false); }
	});

	list.addEventListener('keydown', e => {
		if (e.altKey || e.ctrlKey || e.metaKey) { return; }
		const i = selectedIndex();
		const row = ui.rows[i];
		const page = Math.max(1, Math.floor(list.clientHeight / 80));
		const to = M.moveIndex(i, e.key, ui.rows.length, page);
		if (to >= 0) {
			e.preventDefault();
			select(to, { focus: true });
			return;
		}
		switch (e.key) {
			case 'Enter':
				e.preventDefault();
				openRow(row, false);
				break;
			case ' ':
				e.preventDefault();
				openRow(row, true);
				break;
			case 'ArrowLeft':
				if (!row || ui.group !== 'document') { return; }
				e.preventDefault();
				if (row.kind === 'group') { toggleGroup(row.group, false); } else {
					const g = ui.rows.findIndex(r => r.kind === 'group' && r.group === row.group);
					if (g >= 0) { select(g, { focus: true }); }
				}
				break;
			case 'ArrowRight':
				if (!row || row.kind !== 'group') { return; }
				e.preventDefault();
				if (ui.collapsed.has(row.group)) { toggleGroup(row.group, true); } else if (ui.rows[i + 1] && ui.rows[i + 1].kind === 'item') { select(i + 1, { focus: true }); }
				break;
			case 'Escape':
				if (ui.filter) { e.preventDefault(); setFilter(''); }
				break;
			case 'c':
			case 'C':
				if (!row || row.kind !== 'item') { return; }
				e.preventDefault();
				post({ type: 'compare', id: row.id });
				break;
		}
	});

	/** Keyboard focus onto the selected row (the view got focus, or a key came to the page itself). */
	function focusList() {
		if (!ui.rows.length || list.hidden) { return false; }
		select(Math.max(0, selectedIndex()), { focus: true });
		return true;
	}

	// `/` to the filter box; a move key with nothing focused, or the view getting focus, to the list.
	W.pageKeys(filterInput, {
		filterShown: () => !toolbar.hidden,
		moveKeys: /^(ArrowDown|ArrowUp|Home|End|PageDown|PageUp|j|k)$/,
		focusList,
	});

	const postFilter = W.debounce(() => post({ type: 'filter', text: ui.filter }), 300);
	function setFilter(text) {
		ui.filter = text.slice(0, 200);
		if (filterInput.value !== ui.filter) { filterInput.value = ui.filter; }
		saveState();
		render();
		postFilter();
	}
	filterInput.addEventListener('input', () => setFilter(filterInput.value));
	filterInput.addEventListener('keydown', e => {
		if (e.key === 'Escape') {
			e.preventDefault();
			if (ui.filter) { setFilter(''); } else if (ui.rows.length) { select(Math.max(0, selectedIndex()), { focus: true }); }
		} else if (e.key === 'ArrowDown' || e.key === 'Enter') {
			if (!ui.rows.length) { return; }
			e.preventDefault();
			select(Math.max(0, selectedIndex()), { focus: true });
		}
	});
	clearButton.addEventListener('click', () => { setFilter(''); filterInput.focus(); });
	pinButton.addEventListener('click', () => post({ type: 'pin', pinned: !(ui.model && ui.model.pinned) }));

	// ── messages from the extension ─────────────────────────────────────────────

	W.listen({
		init(msg) {
			ui.strings = W.stringsOf(msg);
			if (msg.group === 'flat' || msg.group === 'document') { ui.group = msg.group; }
			app.hidden = false;
			saveState();
			render();
		},
		model(msg) {
			ui.model = msg.model;
			if (msg.model && (msg.model.group === 'flat' || msg.model.group === 'document')) { ui.group = msg.model.group; }
			ui.loading = false;
			saveState();
			render();
		},
		loading(msg) {
			ui.loading = !!msg.loading;
			progressBar.classList.toggle('active', ui.loading);
			app.setAttribute('aria-busy', String(ui.loading));
		},
		focusFilter() {
			if (!toolbar.hidden) { filterInput.focus(); }
		},
	}, message => post({ type: 'error', message }));

	post({ type: 'ready' });
})();
