# The everyday commands. Each one prepares what it needs first (scripts/bootstrap.sh).
.PHONY: run test bench screenshots lint clean icons install-desktop uninstall-desktop

run:
	@scripts/bootstrap.sh
	.venv/bin/filmdesk

test:
	@scripts/bootstrap.sh
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

lint:
	@scripts/bootstrap.sh
	.venv/bin/ruff check src tests bench scripts
	.venv/bin/mypy

clean:
	rm -rf .venv build dist .pytest_cache screenshots
