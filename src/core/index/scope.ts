// Which files of a folder the index reads: the include and exclude globs. The defaults are the
// editor's settings defaults (package.json policyNotice.index.include / .exclude, kept equal to
// these by a unit test), and the CLI walks its roots with the same matcher.

/** `policyNotice.index.include` by default. */
export const DEFAULT_INDEX_INCLUDE: readonly string[] = ['**/*.txt', '**/*.notice'];
/** `policyNotice.index.exclude` by default. */
export const DEFAULT_INDEX_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**'];

export interface IndexScope {
	/** Whether the file at `relPath` (relative to the folder, `/`-separated) is read. */
	includesFile(relPath: string): boolean;
	/** Whether nothing below the folder at `relPath` is read (an exclude names it). */
	excludesFolder(relPath: string): boolean;
}

/**
 * The files the globs select, as VS Code's findFiles(include, exclude) selects them:
 * `*` and `?` within a path segment, `**` across segments, `{a,b}` and `[…]`; case-sensitive,
 * dot files not special. A folder an exclude matches is not walked, as VS Code's search does.
 */
export function indexScope(include: readonly string[] = DEFAULT_INDEX_INCLUDE, exclude: readonly string[] = DEFAULT_INDEX_EXCLUDE): IndexScope {
	const inc = include.map(globToRegExp), exc = exclude.map(globToRegExp);
	const excluded = (p: string) => exc.some(re => re.test(p));
	return {
		includesFile: p => inc.some(re => re.test(p)) && !excluded(p),
		excludesFolder: excluded,
	};
}

/** A glob as an anchored regular expression over a `/`-separated relative path. */
export function globToRegExp(glob: string): RegExp {
	return new RegExp(`^${translate(glob.replace(/\\/g, '/').replace(/^\.\//, ''))}$`);
}

function translate(g: string): string {
	let out = '';
	for (let i = 0; i < g.length; i++) {
		const c = g[i];
		if (c === '*' && g[i + 1] === '*') {
			const atStart = i === 0 || g[i - 1] === '/';
			const slashAfter = g[i + 2] === '/';
			if (atStart && slashAfter) { out += '(?:[^/]*/)*'; i += 2; continue; } // `**/`: any folders, none included
			if (atStart && i + 2 === g.length && i > 0) { out = out.slice(0, -1) + '(?:/.*)?'; i++; continue; } // `/**` at the end: the folder and all below
			out += '.*';
			i++;
		} else if (c === '*') {
			out += '[^/]*';
		} else if (c === '?') {
			out += '[^/]';
		} else if (c === '{') {
			const close = matchingBrace(g, i);
			if (close < 0) { out += '\\{'; continue; }
			out += `(?:${splitTopLevel(g.slice(i + 1, close)).map(translate).join('|')})`;
			i = close;
		} else if (c === '[') {
			const close = g.indexOf(']', i + 2);
			if (close < 0) { out += '\\['; continue; }
			const body = g.slice(i + 1, close);
			out += `[${body.startsWith('!') ? '^' + escapeClass(body.slice(1)) : escapeClass(body)}]`;
			i = close;
		} else {
			out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
		}
	}
	return out;
}

function escapeClass(s: string): string {
	return s.replace(/[\\\]^]/g, '\\$&');
}

function matchingBrace(g: string, open: number): number {
	let depth = 0;
	for (let i = open; i < g.length; i++) {
		if (g[i] === '{') { depth++; } else if (g[i] === '}' && --depth === 0) { return i; }
	}
	return -1;
}

/** `a,{b,c},d` → [`a`, `{b,c}`, `d`]. */
function splitTopLevel(s: string): string[] {
	const parts: string[] = [];
	let depth = 0, start = 0;
	for (let i = 0; i < s.length; i++) {
		if (s[i] === '{') { depth++; } else if (s[i] === '}') { depth--; } else if (s[i] === ',' && depth === 0) { parts.push(s.slice(start, i)); start = i + 1; }
	}
	parts.push(s.slice(start));
	return parts;
}
