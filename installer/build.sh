#!/usr/bin/env bash
# Builds the native package for this OS: .deb (and .rpm where rpmbuild exists) on Linux, .msi on Windows, .dmg on
# macOS. Output in target/installer/. Needs a JDK 17+ with jlink/jpackage; on Linux also fakeroot and binutils.
#   installer/build.sh            package for this OS
#   installer/build.sh app-image  only the app image (target/installer/image/trunk-wizard)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-package}
out=target/installer
fxver=21.0.11
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
case "$(uname -s)" in
  Linux) os=linux; fxclassifier=linux; types=(deb); command -v rpmbuild >/dev/null && types+=(rpm) ;;
  Darwin) os=mac; fxclassifier=mac; types=(dmg) ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; fxclassifier=win; types=(msi) ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 2 ;;
esac
# arm64 machines use JavaFX's -aarch64 jars (Linux arm64, Apple silicon); the pom's os-* profiles do the same.
case "$(uname -m)" in aarch64|arm64) [ "$os" = windows ] || fxclassifier+=-aarch64 ;; esac

rm -rf "$out"; mkdir -p "$out/input" "$out/fx"
mvn -B -q -ntp -DskipTests package
cp target/trunk-wizard-0.1.0.jar "$out/input/"
# The app's libraries, except JavaFX, which goes into the runtime as modules.
mvn -B -q -ntp dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx \
    -DoutputDirectory="$out/input"
mvn -B -q -ntp dependency:copy-dependencies -DincludeGroupIds=org.openjfx -Dclassifier="$fxclassifier" \
    -DoutputDirectory="$out/fx"

# A runtime with just the modules the app uses (jdeps over the app and its libraries, plus what is only reached
# by reflection or the network: TLS ciphers, country names, unix-socket credentials for D-Bus).
modules=java.base,java.desktop,java.logging,java.management,java.sql,java.naming,jdk.unsupported,jdk.crypto.ec
modules+=,jdk.localedata,jdk.net,jdk.security.auth,jdk.charsets,javafx.controls,javafx.fxml
jmods="$java_home/jmods"
[ -d "$jmods" ] || jmods=""   # Temurin 25 has no jmods folder; jlink then uses the running image.
"$java_home/bin/jlink" --module-path "${jmods:+$jmods:}$out/fx" --add-modules "$modules" \
    --include-locales=en,de,fr,es,it,nl,pt,sv,da,nb,fi,pl,ja,zh,ko \
    --strip-debug --no-header-files --no-man-pages --output "$out/runtime"
# JavaFX's native libraries next to the JDK's: otherwise every first start extracts them into ~/.openjfx.
for jar in "$out"/fx/javafx-graphics-*.jar; do
  (cd "$out/runtime/lib" && unzip -qo "$OLDPWD/$jar" '*.so' '*.dylib' '*.dll' 2>/dev/null || true)
done
# The base class-data archive a jlink'd runtime lacks: faster start for every run, GUI or CLI.
"$out/runtime/bin/java" -Xshare:dump -XX:SharedArchiveFile="$out/runtime/lib/server/classes.jsa" >/dev/null

"$java_home/bin/jpackage" @installer/common.args @installer/launcher.args @installer/$os.args \
    --input "$out/input" --runtime-image "$out/runtime" --type app-image --dest "$out/image"
if [ "$os" = linux ]; then
  app="$out/image/trunk-wizard/lib/app"
  cp resources/trunk-wizard.png "$out/image/trunk-wizard/lib/"
  # A sh launcher made from jpackage's .cfg: the native one queries dpkg and rpm on every start.
  bash installer/linux-launcher.sh "$out/image/trunk-wizard"
  # The list of classes the first frame loads; postinst turns it into a class-data archive at the installed path
  # (JDK 17 archives stop working when the app moves, so they cannot be made here).
  if command -v xvfb-run >/dev/null; then
    xvfb-run -a env JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$PWD/$app/classes.lst -Xshare:off" \
        "$out/image/trunk-wizard/bin/trunk-wizard" gui --exit-after-first-frame >/dev/null 2>&1 || true
    env JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$PWD/$app/classes-cli.lst -Xshare:off" \
        "$out/image/trunk-wizard/bin/trunk-wizard" validate resources/guide-example.txt >/dev/null 2>&1 || true
    cat "$app/classes-cli.lst" >> "$app/classes.lst" 2>/dev/null || true
    rm -f "$app/classes-cli.lst"
  fi
fi
# The dependencies' licences and notices (kept in the shaded jar by the shade transformers) go with the package.
# The app image jpackage made (a folder named after --name; on macOS an .app bundle) and its app folder.
case $os in
  linux) image="$out/image/trunk-wizard"; appdir="$image/lib/app" ;;
  mac) image="$out/image/Trunk Wizard.app"; appdir="$image/Contents/app" ;;
  windows) image="$out/image/Trunk Wizard"; appdir="$image/app" ;;
esac
mkdir -p "$appdir/legal"
unzip -qoj target/trunk-wizard.jar 'META-INF/LICENSE*' 'META-INF/NOTICE*' -d "$appdir/legal"
unzip -qoj target/trunk-wizard.jar org/controlsfx/dialog/license.txt -d "$appdir/legal/controlsfx"
[ "$what" = app-image ] && { echo "app image: $out/image"; exit 0; }
# jpackage reads scripts and the menu entry from one folder: ours, plus the desktop file kept in resources/.
mkdir -p "$out/resources"
cp -r installer/$os/. "$out/resources/" 2>/dev/null || true
[ $os = linux ] && cp resources/trunk-wizard.desktop "$out/resources/"
for type in "${types[@]}"; do
  "$java_home/bin/jpackage" @installer/common.args @installer/$os.args @installer/$os-package.args --type "$type" \
      --app-image "$image" --dest "$out"
done
ls -l "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.dmg 2>/dev/null || true
