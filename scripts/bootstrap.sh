#!/usr/bin/env bash
# Prepares a fresh Debian 12 machine for filmdesk: the system libraries Qt needs, a
# virtual environment in .venv and the project installed into it. Safe to run again;
# it only does what is missing and says what it does.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb and offscreen platforms load these at run time; a minimal Debian lacks them.
QT_LIBS=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
         libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libx11-xcb1
         fonts-dejavu-core)
EXTRA_LIBS=("$@")  # callers add what their target needs (xvfb, postgresql …)

missing=()
for pkg in "${QT_LIBS[@]}" "${EXTRA_LIBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
"$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing system packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$PYTHON" - <<'PY'
import sys
if sys.version_info < (3, 11):
    raise SystemExit(f"bootstrap: filmdesk needs Python 3.11 or newer, found {sys.version.split()[0]}")
PY

if [ ! -x .venv/bin/python ]; then
    echo "bootstrap: creating .venv with $("$PYTHON" --version)"
    "$PYTHON" -m venv .venv
fi
# Reinstall only when the project's dependencies changed.
stamp=".venv/.filmdesk-installed"
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "bootstrap: installing filmdesk and its dependencies into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test,postgresql,dev]"
    echo "$want" > "$stamp"
fi
# The compiled translations (.qm) are built, never committed; only rebuilt when a .ts changed.
scripts/translations.sh build
