#!/usr/bin/env bash
# Installs the .deb that installer/build.sh made, runs the installed launcher like a user would, checks that
# nothing was written under the user's home except the app's own config, and removes the package again.
# Needs root (apt-get) and xvfb-run. Used by .ci/run; prints the first-frame time it measured.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/installer/trunk-wizard_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "no .deb: run installer/build.sh first" >&2; exit 2; }

home=$(mktemp -d)
cleanup() { dpkg -s trunk-wizard >/dev/null 2>&1 && apt-get remove -y -qq trunk-wizard >/dev/null; rm -rf "$home"; }
trap cleanup EXIT

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
command -v trunk-wizard >/dev/null || { echo "FAIL: trunk-wizard is not on the PATH after install" >&2; exit 1; }
[ -f /opt/trunk-wizard/lib/app/trunk-wizard.jsa ] || echo "note: no class-data archive was made at install time"
[ -s /opt/trunk-wizard/lib/app/legal/LICENSE ] && [ -s /opt/trunk-wizard/lib/app/legal/NOTICE ] \
  || { echo "FAIL: the package carries no third-party licences (lib/app/legal)" >&2; exit 1; }

run() { env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME= "$@"; }
# The launcher must start the JVM without asking a package manager who owns it (jpackage's native launcher runs
# dpkg -S, dpkg -L and rpm -qf on every start): stand-ins for them, first on the PATH, note any call.
fakebin="$home/.fakebin"; mkdir -p "$fakebin"
for tool in dpkg dpkg-query rpm; do
  printf '#!/bin/sh\necho "%s $*" >> "%s/calls"\nexit 1\n' "$tool" "$fakebin" > "$fakebin/$tool"
  chmod 755 "$fakebin/$tool"
done
version=$(run env PATH="$fakebin:/usr/bin:/bin" trunk-wizard --version)
echo "installed: $version"
[[ "$version" == "Trunk Wizard 0.1.0" ]] || { echo "FAIL: unexpected --version output" >&2; exit 1; }
if [ -s "$fakebin/calls" ]; then
  echo "FAIL: the installed launcher asked a package manager on start:" >&2; cat "$fakebin/calls" >&2; exit 1
fi
rm -rf "$fakebin"
# Arguments reach the app untouched: a path with spaces, a quote and a dollar sign, through /usr/bin's link.
odd="$home/my trunk's \$HOME file.txt"
cp resources/guide-example.txt "$odd"
verdict=$(run trunk-wizard validate "$odd" 2>&1 | tail -n 1 || true)
rm -f "$odd"
[[ "$verdict" == "Not valid: 1 error, 4 warnings."* ]] \
  || { echo "FAIL: validate on a path with spaces and quotes said: $verdict" >&2; exit 1; }
frame=$(run xvfb-run -a trunk-wizard gui --exit-after-first-frame | grep -o 'first frame after [0-9]* ms' || true)
[ -n "$frame" ] || { echo "FAIL: the installed app showed no first frame" >&2; exit 1; }
echo "installed app: $frame"

# Only the app's own config folder may appear in the user's home (no ~/.openjfx cache, no stray files).
# GTK itself keeps ~/.cache/dconf, as every GTK program does: that one is not ours to avoid.
stray=$(cd "$home" && find . -mindepth 1 -not -path './.config' -not -path './.config/trunk-wizard' \
        -not -path './.config/trunk-wizard/*' -not -path './.cache' -not -path './.cache/dconf' \
        -not -path './.cache/dconf/*' | head -n 20)
if [ -n "$stray" ]; then
  echo "FAIL: the installed app wrote outside its config folder:" >&2; echo "$stray" >&2; exit 1
fi

apt-get remove -y -qq trunk-wizard >/dev/null
[ ! -e /usr/bin/trunk-wizard ] && [ ! -e /opt/trunk-wizard/lib/app/trunk-wizard.jsa ] \
  || { echo "FAIL: removing the package left files behind" >&2; exit 1; }
echo "installer check passed"
