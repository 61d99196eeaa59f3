# Sourced by the start-up benchmarks: JavaFX's jars for this machine's platform (the classifier the pom's OS
# profiles pick), from the local Maven repository, as a module path.
case "$(uname -s)-$(uname -m)" in
  Linux-aarch64 | Linux-arm64) fx_platform=linux-aarch64 ;;
  Linux-*) fx_platform=linux ;;
  Darwin-arm64) fx_platform=mac-aarch64 ;;
  Darwin-*) fx_platform=mac ;;
  *) fx_platform=win ;;
esac
fx=$(ls ~/.m2/repository/org/openjfx/javafx-{base,graphics,controls}/21.0.11/*-"$fx_platform".jar | paste -sd: -)
