#!/usr/bin/env bash
# Start-up from the jar, both ratios in one run (medians of N runs, default 7; the pairs alternate so a drifting
# machine hits both sides alike):
#   first frame:  java -jar target/trunk-wizard.jar gui --exit-after-first-frame  vs  a bare JavaFX window
#   CLI:          java -jar target/trunk-wizard.jar validate resources/guide-example.txt  vs  java -version
# Goals: first frame <= 1.2x, validate <= 2x.
#   installer/bench/startup-ratios.sh [N]    needs xvfb-run (GUI part) and a built jar: mvn -q -DskipTests package
# With the package installed (installer/build.sh, then dpkg -i), a third line times the installed command's validate.
# Extra JVM options for the app runs (both) can be given in APP_JAVA_OPTS. The window from java -jar starts in a
# second JVM with a class-data archive its first run makes (src/.../startup/ArchiveRelaunch.java): the first window
# below is that first run, shown on its own line and not counted; -Dtrunkwizard.relaunch=false in APP_JAVA_OPTS
# measures the window in one JVM, as before. The archives go to a throw-away config folder, never the user's.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-7}
jar=target/trunk-wizard.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 2; }
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
read -r -a app_opts <<< "${APP_JAVA_OPTS:-} -Dtrunkwizard.configDir=$config"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { echo $(( $(date +%s%N) / 1000000 )); }
wall() { local t0; t0=$(ms); "$@" >/dev/null 2>&1 || true; echo $(( $(ms) - t0 )); }
# First frame, timed on one clock for both programs: from just before the JVM is started (inside Xvfb) to the
# epoch time the program prints with its first frame. Each program's own "after N ms" counts from its own idea of
# its start, which differs between a plain JVM and the relaunched window.
frame() {
  xvfb-run -a sh -c 'date +%s%3N; exec "$@"' frame "$@" 2>/dev/null \
    | awk 'NR == 1 {t0 = $1} /first frame after/ {for (i = 1; i < NF; i++) if ($i == "at") print $(i + 1) - t0}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
report() { # label goal app-times base-times
  local a b; a=$(printf '%s\n' $3 | median); b=$(printf '%s\n' $4 | median)
  printf '%-52s %5s ms vs %5s ms   ratio %s (goal <= %s)\n' "$1" "$a" "$b" "$(ratio "$a" "$b")" "$2"
  printf '    runs app: %s | base: %s\n' "$3" "$4"
}

if command -v xvfb-run >/dev/null; then
  . installer/bench/javafx-path.sh
  mkdir -p target/bench
  javac -d target/bench --module-path "$fx" --add-modules javafx.controls installer/bench/BareWindow.java
  app=(); bare=()
  first=$(frame java "${app_opts[@]}" -jar "$jar" gui --exit-after-first-frame)
  printf '%-52s %5s ms (makes the class-data archive as it exits; not counted)\n' "first frame, first run ever:" "$first"
  for _ in $(seq "$n"); do
    app+=("$(frame java "${app_opts[@]}" -jar "$jar" gui --exit-after-first-frame)")
    bare+=("$(frame java --module-path "$fx" --add-modules javafx.controls -cp target/bench BareWindow)")
  done
  report "first frame: java -jar vs bare JavaFX window" 1.2 "${app[*]}" "${bare[*]}"
else
  echo "first frame: skipped (no xvfb-run)"
fi

cli=(); version=()
for _ in $(seq "$n"); do
  cli+=("$(wall java "${app_opts[@]}" -jar "$jar" validate resources/guide-example.txt)")
  version+=("$(wall java -version)")
done
report "validate guide-example.txt vs java -version" 2 "${cli[*]}" "${version[*]}"

# The installed package's command, when there is one: its class-data archive is what a jar cannot ask for.
installed=/opt/trunk-wizard/bin/trunk-wizard
if [ -x "$installed" ]; then
  pkg=(); version=()
  for _ in $(seq "$n"); do
    pkg+=("$(wall "$installed" validate resources/guide-example.txt)")
    version+=("$(wall java -version)")
  done
  report "installed: trunk-wizard validate vs java -version" 2 "${pkg[*]}" "${version[*]}"
fi
