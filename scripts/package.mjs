// Builds a platform-specific .vsix: the native nodejieba binary inside is built for this
// machine's platform and Node ABI, so the package says which target it is for.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const target = process.env.VSCE_TARGET || `${process.platform === 'win32' ? 'win32' : process.platform}-${process.arch === 'arm' ? 'armhf' : process.arch}`;
const out = process.argv[2] || path.join(root, `${pkg.name}-${pkg.version}-${target}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

if (!fs.existsSync(path.join(root, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node'))) {
	console.error('package: nodejieba is not built (npm ci with npm_config_yes=true builds it)');
	process.exit(1);
}
try {
	// README links to repository files (ARCHITECTURE.md …); there is no public repository URL to rewrite them to.
	execFileSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--no-rewrite-relative-links', '--target', target, '--out', out], {
		cwd: root, stdio: ['ignore', 'inherit', 'inherit'],
	});
} catch (e) {
	console.error(`package: vsce failed (exit ${e.status ?? e.message})`);
	process.exit(1);
}
console.log(out);
