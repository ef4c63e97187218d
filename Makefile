# newsextract — set-up is two commands: `make run` and `make test`.
GO       ?= go
BIN      := bin/newsextract
GOLD     := ../shared/gold
DEVDOCS  := ../shared/dev/docs
DEVGOLD  := ../shared/dev/gold
FUZZTIME ?= 2m

.PHONY: build run test eval eval-dev floors golden bench fuzz sync-gold clean

build:
	$(GO) build -o $(BIN) ./cmd/newsextract

# Run the pipeline on the sample corpus, writing out/.
run: build
	rm -rf out
	./$(BIN) run seeds/ -o out/

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# Scores on the seeds (gold in testdata/gold) and on the dev set when present.
eval: build
	rm -rf out/eval-seeds
	./$(BIN) run --no-progress seeds/ -o out/eval-seeds
	./$(BIN) eval --gold testdata/gold out/eval-seeds
	@if [ -d $(DEVDOCS) ]; then $(MAKE) --no-print-directory eval-dev; fi

eval-dev: build
	rm -rf out/eval-dev
	./$(BIN) run --no-progress $(DEVDOCS) -o out/eval-dev
	./$(BIN) eval --gold $(DEVGOLD) out/eval-dev

# Raise the floors in testdata/gold/floors.json to the current scores (never lowers one).
floors:
	$(GO) test -count=1 ./eval -run TestFloors -update-floors

# Rewrite testdata/golden/ from the current output; review with `git diff testdata/golden`.
golden:
	$(GO) test -count=1 ./pipeline -run Golden -update

# Keep testdata/gold in step with ../shared/gold.
sync-gold:
	cp $(GOLD)/*.json testdata/gold/

bench: build
	$(GO) run ./cmd/benchcorpus -out bench -docs 10000,100000
	./scripts/bench.sh bench
	$(GO) test -run '^$$' -bench . -benchmem ./extract/... ./pipeline

fuzz:
	./scripts/fuzz.sh $(FUZZTIME)

clean:
	rm -rf bin out bench
