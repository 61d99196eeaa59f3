#!/bin/sh
# Re-renders the README's pictures into docs/screenshots. A plain `mvn verify` writes its shots only under
# target/screenshots, so a clean checkout stays clean; this is the one command that updates the committed PNGs.
set -e
cd "$(dirname "$0")/.."
exec mvn -B -ntp test -Dscreenshots.refresh=true \
  -Dtest='ScreenshotTest,CarrierScreenshotTest,CarrierAccountScreensTest,DarkThemeTest,CredentialsWindowTest' "$@"
