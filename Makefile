# The everyday commands. Each one prepares what it needs first (scripts/bootstrap.sh).
.PHONY: run test bench screenshots sample lint clean

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

lint:
	@scripts/bootstrap.sh
	.venv/bin/ruff check src tests bench scripts
	.venv/bin/mypy

clean:
	rm -rf .venv build dist .pytest_cache screenshots
