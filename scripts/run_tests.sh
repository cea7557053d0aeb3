#!/usr/bin/env bash
# Install everything the test suite needs, then run it. This is the README's test command
# and exactly what CI runs (.ci/run). Safe to re-run.
#   - Java UIMA (Debian libuima-core-java) for the XMI interop tests, when apt-get is usable
#   - Debian's chromium for the visualizer's headless-browser tests
#   - the package with its [test] and [spark] extras (the Spark engine is tested on local[2])
# With CI=true, tests that need an outside tool fail instead of skipping.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"

if [ ! -f /usr/share/java/uimaj-core.jar ] || ! command -v javac >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
        echo "Installing Java UIMA (libuima-core-java) and a JDK..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libuima-core-java default-jdk-headless >/dev/null
    else
        echo "note: Java UIMA not installed and apt-get not usable; its interop tests will skip" >&2
    fi
fi

if ! command -v chromium >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
        echo "Installing chromium (headless browser for the visualizer tests)..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "note: chromium not installed and apt-get not usable; the browser tests will skip" >&2
    fi
fi

"$PYTHON" -m pip install --quiet --disable-pip-version-check ".[test,spark]"

set +e
"$PYTHON" -m pytest -q "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests" >&2
    exit 1
fi
exit "$status"
