#!/usr/bin/env bash
# Installs (or removes) filmdesk's launcher, icons and .filmdesk file type for the current
# user, so filmdesk shows in the desktop's menu and .filmdesk files open in it.
# Usage: scripts/desktop_integration.sh install|uninstall
set -euo pipefail
cd "$(dirname "$0")/.."
ID=org.filmdesk.Filmdesk
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS=$DATA/applications
MIME=$DATA/mime
ICONS=$DATA/icons/hicolor

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
    command -v update-mime-database >/dev/null && update-mime-database "$MIME" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" || true
}

case "${1:-}" in
install)
    exe=$(pwd)/.venv/bin/filmdesk
    [ -x "$exe" ] || { echo "run 'make run' or scripts/bootstrap.sh first" >&2; exit 1; }
    mkdir -p "$APPS" "$MIME/packages" "$ICONS/scalable/apps"
    # The launcher runs this checkout's filmdesk, wherever it lives.
    sed "s|^Exec=filmdesk|Exec=\"$exe\"|" "packaging/$ID.desktop" > "$APPS/$ID.desktop"
    cp "packaging/$ID.mime.xml" "$MIME/packages/$ID.xml"
    cp resources/icons/filmdesk.svg "$ICONS/scalable/apps/$ID.svg"
    for png in resources/icons/filmdesk-*.png; do
        size=${png##*-}; size=${size%.png}
        mkdir -p "$ICONS/${size}x${size}/apps"
        cp "$png" "$ICONS/${size}x${size}/apps/$ID.png"
    done
    refresh
    echo "installed $APPS/$ID.desktop, icons and the .filmdesk file type"
    ;;
uninstall)
    rm -f "$APPS/$ID.desktop" "$MIME/packages/$ID.xml" "$ICONS/scalable/apps/$ID.svg"
    rm -f "$ICONS"/*/apps/$ID.png
    refresh
    echo "removed filmdesk's launcher, icons and file type"
    ;;
*)
    echo "usage: $0 install|uninstall" >&2
    exit 2
    ;;
esac
