// What every webview of the extension draws and does alike (Related Tasks, Compare Targets, the
// Task Table, Compare Two Notices): element helpers, the progress bar, the filter box and its
// labels, the toolbar's checkbox, the banner, the empty state, the sort buttons, the polite live
// region and its announcer, the `{0}` placeholders of the localized strings, the keys the page
// itself takes, and the page's end of the conversation with the extension. Loaded before each
// view's own script (src/extension/webview/page.ts, mediaPage) as the global `PnWebview`; in Node a
// CommonJS module, so the pure part is unit-tested (test/unit/webview/base.test.ts).
// @ts-check
(function (root, factory) {
	'use strict';
	const api = factory();
	if (typeof module === 'object' && module && module.exports) {
		module.exports = api;
	} else {
		root.PnWebview = api;
	}
})(typeof self !== 'undefined' ? self : this, function () {
	'use strict';

	/** `{0}`, `{1}` … replaced by the arguments (the placeholders of the localized strings). */
	function format(template, ...args) {
		return String(template == null ? '' : template).replace(/\{(\d+)\}/g, (m, i) => (Number(i) < args.length ? String(args[Number(i)]) : m));
	}

	/**
	 * The view's `t(key, ...args)`: the string `strings()[key]` (the extension's `init` brings them)
	 * with its placeholders filled; a key without a string shows the key, so a missing string is
	 * seen, not a blank.
	 */
	function localizer(strings) {
		return (key, ...args) => format(strings()[key] || key, ...args);
	}

	/** `fn(...args)` of the last call, `ms` after it with no newer call: the filters and the announcer wait for typing or drawing to stop. */
	function debounce(fn, ms) {
		let timer = 0;
		return (...args) => {
			clearTimeout(timer);
			timer = setTimeout(() => fn(...args), ms);
		};
	}

	/** @returns {HTMLElement} */
	function h(tag, className, text) {
		const el = document.createElement(tag);
		if (className) { el.className = className; }
		if (text != null) { el.textContent = String(text); }
		return el;
	}

	function icon(name) {
		const el = h('span', `codicon codicon-${name}`);
		el.setAttribute('aria-hidden', 'true');
		return el;
	}

	/** The thin busy bar at the top of a view (shown by the view's CSS while it waits). */
	function progressBar() {
		const bar = h('div', 'progress-bar');
		bar.setAttribute('aria-hidden', 'true');
		bar.appendChild(h('div', 'progress-bit'));
		return bar;
	}

	/** The filter box: a filter icon, the text input and its clear button. */
	function filterBox() {
		const box = h('div', 'filter-box');
		const input = /** @type {HTMLInputElement} */ (h('input', 'filter'));
		input.type = 'text';
		input.spellcheck = false;
		input.maxLength = 200;
		const clear = /** @type {HTMLButtonElement} */ (h('button', 'icon-button clear'));
		clear.type = 'button';
		clear.appendChild(icon('close'));
		box.append(icon('filter'), input, clear);
		return { box, input, clear };
	}

	/**
	 * The filter box's texts (the view's localized strings): the input's placeholder and name, the
	 * clear button's tooltip and name (an icon alone: the name is what a screen reader says).
	 */
	function labelFilter(input, clear, texts) {
		input.placeholder = texts.placeholder || '';
		input.setAttribute('aria-label', texts.label || '');
		clear.title = texts.clear || '';
		clear.setAttribute('aria-label', texts.clear || '');
	}

	/**
	 * A filter box whose text the extension filters by (Compare Targets, the task table: it exports
	 * the same rows, so the page only passes the text on): `o.send(text)` once typing has stopped for
	 * `o.wait` ms, the clear button shown only with a text to clear. Escape clears the text, and so
	 * does the clear button (the keyboard back in the box); ArrowDown and Enter are `o.toResults(e)`'s.
	 */
	function watchFilter(input, clear, o) {
		const send = debounce(() => o.send(input.value.slice(0, 200)), o.wait);
		function changed() {
			clear.hidden = !input.value;
			send();
		}
		input.addEventListener('input', changed);
		input.addEventListener('keydown', e => {
			if (e.key === 'Escape' && input.value) {
				e.preventDefault();
				input.value = '';
				changed();
			} else if (e.key === 'ArrowDown' || e.key === 'Enter') {
				o.toResults(e);
			}
		});
		clear.addEventListener('click', () => { input.value = ''; changed(); input.focus(); });
	}

	/** A toolbar's checkbox: the box inside its label (`className`), so a click on the text ticks it; the view sets the text. */
	function checkbox(className) {
		const label = h('label', className);
		const box = /** @type {HTMLInputElement} */ (h('input', ''));
		box.type = 'checkbox';
		const text = h('span', '');
		label.append(box, text);
		return { label, box, text };
	}

	/** The banner over a view's results while the workspace is read: a status, so a screen reader says it; the view sets its text. */
	function banner() {
		const el = h('div', 'banner');
		el.setAttribute('role', 'status');
		const text = h('span', 'banner-text');
		el.append(icon('sync'), text);
		return { banner: el, text };
	}

	/** What a view says instead of its results, into `el`, alike in every view: the icon (spinning while loading), the text, a hint under it. */
	function drawEmpty(el, iconName, text, hint) {
		const i = icon(iconName);
		if (iconName === 'loading') { i.classList.add('codicon-modifier-spin'); }
		el.append(i, h('div', 'empty-text', text));
		if (hint) { el.append(h('div', 'empty-hint', hint)); }
	}

	/** The button an empty state offers (Manage Workspace Trust, show them all, …): type `button`, so it never submits. */
	function emptyAction(text, onClick) {
		const button = /** @type {HTMLButtonElement} */ (h('button', 'empty-action', text));
		button.type = 'button';
		button.addEventListener('click', onClick);
		return button;
	}

	/**
	 * A column header's sort button (`data-sort` = `key`) put in `th`: `content` its text or its
	 * elements, `title` its tooltip; `q` the view's query ({ sort, descending }) marks the column
	 * it sorts by: the arrow, and aria-sort on `th`, so a screen reader says the order too.
	 */
	function sortButton(th, key, content, title, q) {
		const on = q.sort === key;
		th.setAttribute('aria-sort', on ? (q.descending ? 'descending' : 'ascending') : 'none');
		const button = /** @type {HTMLButtonElement} */ (h('button', 'sort'));
		button.type = 'button';
		button.dataset.sort = key;
		button.title = title;
		const text = h('span', 'sort-label');
		if (Array.isArray(content)) { content.forEach(part => text.append(part)); } else { text.textContent = content; }
		button.append(text, icon(on ? (q.descending ? 'arrow-down' : 'arrow-up') : 'blank'));
		th.appendChild(button);
		return button;
	}

	/** The region screen readers read politely (visually hidden). */
	function liveRegion() {
		const live = h('div', 'sr-only');
		live.setAttribute('aria-live', 'polite');
		live.setAttribute('role', 'status');
		return live;
	}

	/** announce(text): puts `text` in `live` after 400 ms without a newer one, never the same text twice in a row. */
	function announcer(live) {
		let last = '';
		const say = debounce(text => { last = text; live.textContent = text; }, 400);
		return function announce(text) {
			if (!text || text === last) { return; }
			say(text);
		};
	}

	/**
	 * The keys the page itself takes, alike in every view so they work the same everywhere: `/` (no
	 * modifier) puts the keyboard in the filter box `input`, while `o.filterShown()` says it is
	 * there (always, without it). With `o.focusList`, a key of `o.moveKeys` pressed with nothing
	 * focused, and the view getting focus with nothing focused, give the keyboard to the view's
	 * list: `focusList()` says if it took it.
	 */
	function pageKeys(input, o) {
		document.addEventListener('keydown', e => {
			if (e.ctrlKey || e.metaKey || e.altKey) { return; }
			if (e.key === '/' && document.activeElement !== input) {
				if (o.filterShown && !o.filterShown()) { return; }
				e.preventDefault();
				input.focus();
				input.select();
			} else if (o.focusList && document.activeElement === document.body && o.moveKeys.test(e.key)) {
				if (o.focusList()) { e.preventDefault(); }
			}
		});
		if (o.focusList) {
			const focusList = o.focusList;
			// Focusing the view (its title, a command, Ctrl+0-style navigation) puts the keyboard on the list.
			window.addEventListener('focus', () => {
				if (document.activeElement === document.body || !document.activeElement) { focusList(); }
			});
		}
	}

	/** The localized strings of the extension's `init` message; {} if it has none, so the view draws its keys rather than fail. */
	function stringsOf(msg) {
		return msg.strings && typeof msg.strings === 'object' ? msg.strings : {};
	}

	/**
	 * The `init` handler of a view that needs nothing more from it: the strings it brings go to
	 * `ui.strings`, then the view (`app`) is shown and drawn.
	 */
	function showOnInit(ui, app, render) {
		return msg => {
			ui.strings = stringsOf(msg);
			app.hidden = false;
			render();
		};
	}

	/**
	 * `handlers[msg.type](msg)` for a message from the extension: an object whose `type` is one of
	 * `handlers`' own names (not an inherited one like `toString`); anything else is dropped.
	 * Returns whether a handler took it.
	 */
	function dispatch(handlers, msg) {
		if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, msg.type)) { return false; }
		handlers[msg.type](msg);
		return true;
	}

	/** The text an uncaught error of the page is reported with (the extension logs at most 2000 characters). */
	function errorText(e) {
		return String(e.message || e.error || 'error').slice(0, 2000);
	}

	/**
	 * The page listening to the extension (each view's messages.ts): the messages it posts go to
	 * `handlers` (dispatch); an uncaught error of the page goes to `onError(text)`, which posts it
	 * back as `error` (logged there, never shown). Called before the page says `ready`: the
	 * extension answers it with `init` and its model, which the page must not miss.
	 */
	function listen(handlers, onError) {
		window.addEventListener('message', e => { dispatch(handlers, e.data); });
		window.addEventListener('error', e => {
			try { onError(errorText(e)); } catch { /* nothing to do */ }
		});
	}

	return {
		format, localizer, debounce, h, icon, progressBar, filterBox, labelFilter, watchFilter, checkbox, banner, drawEmpty, emptyAction, sortButton,
		liveRegion, announcer, pageKeys, stringsOf, showOnInit, dispatch, errorText, listen,
	};
});
