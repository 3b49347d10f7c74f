#!/usr/bin/env bash
# Qt Linguist round trip. `update` refreshes the .ts files from the sources (for
# translators); `build` compiles them to .qm, which are built, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
TS_DIR=resources/translations
LANGS=(de)
case "${1:-build}" in
update)
    mapfile -t sources < <(find src/filmdesk/ui src/filmdesk/app.py -name '*.py' | sort)
    for lang in "${LANGS[@]}"; do
        .venv/bin/pyside6-lupdate "${sources[@]}" -ts "$TS_DIR/filmdesk_$lang.ts" -no-obsolete
    done
    ;;
build)
    for ts in "$TS_DIR"/*.ts; do
        qm="${ts%.ts}.qm"
        # Only when the translation changed: keeps `make run` instant.
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
        fi
    done
    ;;
*)
    echo "usage: $0 update|build" >&2
    exit 2
    ;;
esac
