# The everyday commands. Each one prepares what it needs first (scripts/bootstrap.sh).
.PHONY: run test bench screenshots lint clean icons install-desktop uninstall-desktop bundle \
	bench-startup bench-postgres

# The one-folder desktop app, dist/filmdesk/ (packaging/filmdesk.spec). A file target:
# rebuilt only when a file that goes into it is newer than its executable.
BUNDLE := dist/filmdesk/filmdesk
BUNDLE_INPUTS := pyproject.toml packaging/filmdesk.spec packaging/filmdesk_launcher.py \
	$(shell find src data/sample resources -type f ! -path '*/__pycache__/*' 2>/dev/null)

run:
	@scripts/bootstrap.sh
	.venv/bin/filmdesk

# The bundle is a prerequisite so tests/packaging checks a current one (it takes about
# 1.5 min to build, and only happens when something that goes into it changed).
test: $(BUNDLE)
	@scripts/bootstrap.sh desktop-file-utils appstream
	scripts/test.sh

bench:
	@scripts/bootstrap.sh
	.venv/bin/python bench/catalogue_bench.py

screenshots:
	@scripts/bootstrap.sh xvfb
	.venv/bin/python scripts/screenshots.py

icons:
	@scripts/bootstrap.sh
	.venv/bin/python scripts/make_icons.py

install-desktop:
	@scripts/bootstrap.sh
	scripts/desktop_integration.sh install

uninstall-desktop:
	scripts/desktop_integration.sh uninstall

bundle: $(BUNDLE)

# PyInstaller comes from the `bundle` extra and needs objdump (binutils). The stamp is
# taken before the build, so a source saved while it runs still triggers the next one.
$(BUNDLE): $(BUNDLE_INPUTS)
	@scripts/bootstrap.sh binutils
	@.venv/bin/python -c 'import PyInstaller' 2>/dev/null \
		|| .venv/bin/python -m pip install -q -e ".[bundle]"
	@mkdir -p build && touch build/.bundle-started
	.venv/bin/pyinstaller --noconfirm --clean --log-level WARN packaging/filmdesk.spec \
		--distpath dist --workpath build/pyinstaller
	@touch -r build/.bundle-started $@

# PostgreSQL beside SQLite at 100k films; starts (and removes) a throw-away server.
bench-postgres:
	@scripts/bootstrap.sh
	.venv/bin/python bench/postgres_bench.py

bench-startup: $(BUNDLE)
	@scripts/bootstrap.sh
	.venv/bin/python bench/startup_bench.py

lint:
	@scripts/bootstrap.sh
	.venv/bin/ruff check src tests bench scripts
	.venv/bin/mypy

clean:
	rm -rf .venv build dist .pytest_cache screenshots
