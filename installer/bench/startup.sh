#!/usr/bin/env bash
# Start-up benchmark: median "first frame" over N runs (default 7) under Xvfb, for a bare JavaFX window and the
# app, from the jar and (when built) the jpackage'd app image or the installed package.
#   installer/bench/startup.sh [N]       needs xvfb-run; build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-7}
. installer/bench/javafx-path.sh
mkdir -p target/bench
javac -d target/bench --module-path "$fx" --add-modules javafx.controls installer/bench/BareWindow.java

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$n"); do
    # One clock for every program: from just before the JVM starts (inside Xvfb) to the epoch time it prints.
    times+=("$(xvfb-run -a sh -c 'date +%s%3N; exec "$@"' frame "$@" 2>/dev/null \
        | awk 'NR == 1 {t0 = $1} /first frame after/ {for (i = 1; i < NF; i++) if ($i == "at") print $(i + 1) - t0}')")
  done
  printf '%-48s %6s ms   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}
measure "bare JavaFX window (JDK 17, module path)" java --module-path "$fx" --add-modules javafx.controls \
    -cp target/bench BareWindow
# From the second run on, java -jar opens the window in a second JVM with the class-data archive the first run made.
measure "app: java -jar target/trunk-wizard.jar" java -jar target/trunk-wizard.jar gui --exit-after-first-frame
measure "app: java -jar, one JVM (-Dtrunkwizard.relaunch=false)" java -Dtrunkwizard.relaunch=false \
    -jar target/trunk-wizard.jar gui --exit-after-first-frame
if [ -x target/installer/image/trunk-wizard/bin/trunk-wizard ]; then
  measure "app image (jlink runtime, no app archive)" \
      target/installer/image/trunk-wizard/bin/trunk-wizard gui --exit-after-first-frame
fi
if [ -x /opt/trunk-wizard/bin/trunk-wizard ]; then
  measure "installed .deb (archive made at install)" /opt/trunk-wizard/bin/trunk-wizard gui --exit-after-first-frame
fi
