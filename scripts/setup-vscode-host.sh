#!/usr/bin/env bash
# Idempotent install of the "real VS Code" test host used by test/host/*.mjs:
#   - Debian packages: chromium (headless browser), ripgrep (replaces @vscode/ripgrep's GitHub
#     download), libkrb5-dev (headers for the `kerberos` native module), fonts-wqy-microhei
#     (CJK glyphs, else screenshots show tofu boxes), g++/make/python3 (node-gyp)
#   - npm: code-server@$CODE_SERVER_VERSION (VS Code 1.100.3 server + web workbench) and
#     playwright-core@$PLAYWRIGHT_VERSION, into the cache dir
#         $PN_VSCODE_HOST_CACHE   (default: $HOME/.cache/policy-notice-vscode-host)
# Needs only the npm registry and Debian apt (no GitHub, no VS Code CDN) and system Node 20
# (code-server 4.100.x declares engines.node 20; native modules are built for the running node).
# A marker file records what was installed, so a second run returns in well under a second.
#
#   bash scripts/setup-vscode-host.sh
#   PN_VSCODE_HOST_CACHE=/some/dir bash scripts/setup-vscode-host.sh
#   PN_VSCODE_HOST_FORCE=1 bash scripts/setup-vscode-host.sh   # redo the npm part
#   PN_VSCODE_HOST_SKIP_APT=1 ...                                # never call apt-get
#   PN_VSCODE_HOST_HEARTBEAT=5 ...                               # "still working" every 5 s (default 10)
#
# The first install takes about 3 minutes. Every step prints a line when it starts and its
# duration when it ends; the quiet ones (npm installs, native rebuilds: a minute and more without
# a word) print a heartbeat meanwhile, and their output goes to $CACHE/setup.log, whose last lines
# are printed if the step fails.
#
# Adapted from the vscode-harness recipe (code-server's postinstall is skipped and redone by
# hand; see test/host/README.md).
set -euo pipefail

CACHE="${PN_VSCODE_HOST_CACHE:-$HOME/.cache/policy-notice-vscode-host}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # VS Code 1.100.3, Node 20
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.1}"
RECIPE=1   # bump when the manual post-install below changes, to force a reinstall
MARKER="$CACHE/.pn-vscode-host-installed"
WANT="recipe@$RECIPE code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION node-abi@$(node -p 'process.versions.modules')"

T0=$(date +%s.%N)
step_t=$T0
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
cur=""
step() { # close the previous step (print its duration), start the next one
	if [ -n "$cur" ]; then echo "[setup-host]    ... $(since "$step_t")s"; fi
	cur="$1"; echo "[setup-host] $1"
	step_t=$(date +%s.%N)
}
done_total() { echo "[setup-host]    ... $(since "$step_t")s"; echo "[setup-host] total $(since "$T0")s"; }

LOG="$CACHE/setup.log"
HEARTBEAT="${PN_VSCODE_HOST_HEARTBEAT:-10}"
beat_pid=""
stop_heartbeat() {
	if [ -n "$beat_pid" ]; then kill "$beat_pid" 2>/dev/null || true; wait "$beat_pid" 2>/dev/null || true; beat_pid=""; fi
}
trap stop_heartbeat EXIT
# Runs "$@" with its output appended to $LOG and a heartbeat line every $HEARTBEAT seconds, so
# a step that prints nothing for a minute is not mistaken for a hang; on failure, the log's tail.
quietly() {
	local started rc=0
	started=$(date +%s)
	mkdir -p "$(dirname "$LOG")"
	echo "[setup-host] --- $cur" >>"$LOG"
	( while sleep "$HEARTBEAT"; do echo "[setup-host]    ... still working ($(( $(date +%s) - started ))s): $cur"; done ) &
	beat_pid=$!
	"$@" >>"$LOG" 2>&1 || rc=$?
	stop_heartbeat
	if [ "$rc" != 0 ]; then
		echo "[setup-host] FAILED (exit $rc): $cur. Last lines of $LOG:" >&2
		tail -n 30 "$LOG" >&2
	fi
	return "$rc"
}
# Runs "$@" in directory $1 (a subshell: the script's own directory is unchanged).
in_dir() { local dir=$1; shift; (cd "$dir" && "$@"); }

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" != 20 ]; then
	echo "[setup-host] WARNING: system node is v$node_major; code-server $CODE_SERVER_VERSION expects Node 20 (native modules are built for the running node)." >&2
fi

# ---------------------------------------------------------------- Debian packages
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if ! { command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; }; then need_apt+=(fonts-wqy-microhei); fi
for tool in g++ make python3; do command -v "$tool" >/dev/null || need_apt+=("$tool"); done
if [ ${#need_apt[@]} -gt 0 ]; then
	if [ "${PN_VSCODE_HOST_SKIP_APT:-0}" = 1 ]; then
		echo "[setup-host] ERROR: missing apt packages ${need_apt[*]} and PN_VSCODE_HOST_SKIP_APT=1" >&2
		exit 1
	fi
	step "apt-get install ${need_apt[*]}"
	SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
	# Another apt run (e.g. a provisioning script) may hold the dpkg lock: wait for it.
	for _ in $(seq 1 120); do
		if command -v fuser >/dev/null && fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock >/dev/null 2>&1; then sleep 2; else break; fi
	done
	quietly $SUDO apt-get update -qq
	quietly $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		-o DPkg::Lock::Timeout=240 "${need_apt[@]}"
else
	step "apt packages present (chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), ripgrep, libkrb5-dev, CJK font, g++/make/python3)"
fi

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$WANT" ] && [ "${PN_VSCODE_HOST_FORCE:-0}" != 1 ]; then
	step "already installed in $CACHE: $WANT"
	done_total
	exit 0
fi

# ---------------------------------------------------------------- npm packages
mkdir -p "$CACHE"
# One installer at a time (two `npm test` runs starting together).
exec 9>"$CACHE/.lock"
if command -v flock >/dev/null; then flock 9; fi
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$WANT" ] && [ "${PN_VSCODE_HOST_FORCE:-0}" != 1 ]; then
	step "installed by a concurrent run in $CACHE"
	done_total
	exit 0
fi
cd "$CACHE"
rm -f "$MARKER"
echo "[setup-host] === install $(date '+%F %T')" >>"$LOG"
echo "[setup-host] first install of the VS Code test host into $CACHE: about 3 minutes, once (later runs skip it)."
echo "[setup-host] 11 steps; each prints its duration, the quiet ones a heartbeat. Details: $LOG"
[ -f package.json ] || echo '{ "name": "policy-notice-vscode-host", "private": true }' > package.json
step "(1/11) npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION (--ignore-scripts)"
# --ignore-scripts: code-server's postinstall would run `npm install` in lib/vscode, where
# @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable). Its steps are redone below.
quietly npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
	"code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"

CS="$CACHE/node_modules/code-server"
VS="$CS/lib/vscode"
NODEDIR="$(npm config get nodedir 2>/dev/null || true)"
[ -n "$NODEDIR" ] && [ "$NODEDIR" != undefined ] && [ "$NODEDIR" != null ] || NODEDIR=""
if [ -z "$NODEDIR" ] && [ -f /usr/include/node/node.h ]; then NODEDIR=/usr; fi
NODE_GYP="$(npm prefix -g)/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$NODE_GYP" ] || NODE_GYP="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
gyp() { node "$NODE_GYP" rebuild -j 2 ${NODEDIR:+--nodedir="$NODEDIR"} --loglevel=error; }

step "(2/11) npm install --omit=dev in lib/vscode (--ignore-scripts, from its npm-shrinkwrap.json)"
quietly in_dir "$VS" npm install --no-audit --no-fund --omit=dev --ignore-scripts --loglevel=error

step "(3/11) ripgrep: use Debian's rg for @vscode/ripgrep"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
cp -f "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"

n=4
for m in @vscode/spdlog native-watchdog node-pty kerberos @vscode/deviceid; do
	step "($n/11) node-gyp rebuild $m (a C++ build, up to a minute; headers: ${NODEDIR:-node-gyp default})"
	quietly in_dir "$VS/node_modules/$m" gyp
	n=$((n + 1))
done
# @parcel/watcher ships prebuilt binaries as npm optional deps (@parcel/watcher-linux-x64-glibc).

step "(9/11) build argon2 (code-server's own native dep; prebuilt download fails offline -> source build)"
quietly in_dir "$CACHE" npm rebuild argon2 --loglevel=error

step "(10/11) postinstall links (node_modules.asar, remote-cli, browser helper) + builtin extensions deps"
(cd "$VS" && rm -rf node_modules.asar && ln -s node_modules node_modules.asar)
(cd "$VS/bin/remote-cli" && ln -sf code-linux.sh code-server)
(cd "$VS/bin/helpers" && ln -sf browser-linux.sh browser.sh)
quietly in_dir "$VS/extensions" npm install --no-audit --no-fund --omit=dev --loglevel=error

step "(11/11) verify native modules load and code-server starts"
(cd "$VS" && node -e '
for (const m of ["@vscode/spdlog", "native-watchdog", "node-pty", "kerberos", "@vscode/deviceid", "@parcel/watcher"]) {
	try { require(m); } catch (e) { console.error("FAILED to load " + m + ": " + e.message); process.exit(1); }
}')
(cd "$CACHE" && node -e 'require("argon2")')
VERIFY="$CACHE/.verify-home"
mkdir -p "$VERIFY"
version=$(XDG_CONFIG_HOME="$VERIFY" XDG_DATA_HOME="$VERIFY" HOME="$VERIFY" node "$CS/out/node/entry.js" --version 2>/dev/null | tail -1)
rm -rf "$VERIFY"
echo "[setup-host] code-server $version"
node -e "require('$CACHE/node_modules/playwright-core'); console.log('[setup-host] playwright-core', require('$CACHE/node_modules/playwright-core/package.json').version)"
echo "$WANT" > "$MARKER"
done_total
echo "[setup-host] installed in $CACHE"
