# The two commands a newcomer needs: `make demo` and `make test`. Both install on first run.
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo.db
DEMO_PORT ?= 8000

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -rf $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).stories
	$(BIN)/veille ingest examples/ --db $(DEMO_DB)
	$(BIN)/veille stories --db $(DEMO_DB)
	$(BIN)/veille search "Lisbonne OR Lisbon" --db $(DEMO_DB)
	@echo "Open http://127.0.0.1:$(DEMO_PORT)/ in a browser (Ctrl-C to stop)."
	$(BIN)/veille serve --db $(DEMO_DB) --port $(DEMO_PORT)

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check veille tests bench

clean:
	rm -rf $(VENV) *.db *.db-wal *.db-shm *.db.stories

bench: install
	$(BIN)/python bench/ingest_speed.py
