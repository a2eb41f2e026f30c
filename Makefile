# The two commands a newcomer needs: `make lab` and `make test`.
# Both create .venv and install the exact versions of requirements.lock, then crmlab itself
# (editable, without touching the locked versions). `make lock` refreshes the lock on purpose.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

PIP    := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: setup lab test lock data notebooks exercises grade slides handouts bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "crmlab needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $(STAMP)

# JupyterLab at the repository root (notebooks/, exercises/ and datasets/ all reachable),
# opening the first chapter.
lab: setup
	$(BIN)/jupyter lab notebooks/00_course_map_and_data.ipynb

# Refresh requirements.lock on purpose: the newest versions the index serves that satisfy
# pyproject.toml, for every platform (uv's universal resolution), then re-run the notebooks.
lock: setup
	$(PIP) install "uv>=0.5"
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--upgrade --output-file requirements.lock
	@echo "requirements.lock refreshed: run 'make setup notebooks exercises test' and commit"

test: setup
	MPLBACKEND=Agg $(BIN)/python -m pytest crmlab tests
	$(BIN)/python -m pytest $(NBVAL) notebooks exercises

# Regenerate the shipped dataset (datasets/telecom/) from generate_telecom() defaults.
data: setup
	$(BIN)/python -c 'from crmlab.datasets import write_telecom; print("wrote", write_telecom())'

# Re-run the exercise solutions, rebuild the student copies from them, and run those.
exercises: setup
	$(BIN)/python -m crmlab.exercises.build --solutions

# Grade submitted exercise notebooks: make grade SUBMISSIONS="hand-ins/*.ipynb"  (writes grades.csv)
grade: setup
	$(BIN)/python -m crmlab.grade $(SUBMISSIONS) --out grades.csv

# Offline slide decks (reveal.js from instructor/vendor) and handouts (HTML + PDF printed by
# Debian's Chromium) of every chapter and edition, under build/.
slides: setup
	$(BIN)/python instructor/build.py slides

handouts: setup
	$(BIN)/python instructor/build.py handouts

# lifetimes is the baseline of the CLV benchmarks only; the kit does not depend on it.
bench: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "lifetimes==0.11.3"
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/kernel_memory.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

# Re-run the chapter notebooks in place (they are committed with outputs), then normalise them
# (kernel name as installed, no timing metadata) so that JupyterLab does not open them modified.
notebooks: setup
	$(BIN)/jupyter nbconvert --to notebook --execute --inplace notebooks/*.ipynb notebooks/zh/*.ipynb
	$(BIN)/python -m crmlab.exercises.build --normalise notebooks/*.ipynb notebooks/zh/*.ipynb
