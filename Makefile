# claimdiff: make build | test | lint | bench | fuzz | golden | deps | clean
GO ?= go
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
PKGS := ./...
# VERSION is what `claimdiff --version` prints: the commit built from, "-dirty" with changes.
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: all build test lint bench fuzz golden deps clean example train-stance

all: build test

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o bin/claimdiff ./cmd/claimdiff

## test: the whole test suite (race detector on); tests that read ../shared skip without it.
test: deps
	$(GO) test -race -count=1 $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go') ); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) run $(STATICCHECK) $(PKGS)

bench:
	$(GO) test -run='^$$' -bench=. -benchmem $(PKGS)

fuzz:
	$(GO) test -run='^$$' -fuzz='^FuzzExtract$$' -fuzztime=60s ./claims
	$(GO) test -run='^$$' -fuzz=FuzzExtractWords -fuzztime=60s ./claims
	$(GO) test -run='^$$' -fuzz=FuzzWordDiff -fuzztime=30s ./compare
	$(GO) test -run='^$$' -fuzz='^FuzzCorpus$$' -fuzztime=30s ./compare
	for f in FuzzCheck FuzzCheckPairs; do $(GO) test -run='^$$' -fuzz="^$$f$$" -fuzztime=20s ./compare || exit 1; done
	for f in FuzzMdText FuzzMdDiff FuzzTextTable; do $(GO) test -run='^$$' -fuzz=$$f -fuzztime=20s ./report || exit 1; done

## golden: rewrite the golden files, in the packages whose tests take -update.
golden:
	$(GO) test $$(grep -rl --include='*_test.go' 'flag.Bool("update"' . | xargs -n1 dirname | sort -u) -update

## deps: our packages import each other one way: claims <- compare <- report <- cmd.
deps:
	@./.ci/deps

## eval: accuracy on PolNeAR's dev and train splits (needs ../shared/polnear; see README, Accuracy).
POLNEAR ?= ../shared/polnear
eval: build
	for s in dev train; do ./bin/claimdiff eval polnear $(POLNEAR)/$$s && ./bin/claimdiff eval polnear --baseline $(POLNEAR)/$$s || exit 1; done

## train-stance: fit check's stance models on FNC-1 train (needs ../shared/fnc1): the train-side
## one (prints dev scores) and the shipped one, fitted on all of FNC-1 train.
FNC1 ?= ../shared/fnc1
train-stance:
	$(GO) run ./compare/internal/cmd/trainstance -data $(FNC1) -out compare/stance_model_trainside.json -out-all compare/stance_model.json

## example: the main job on the bundled example data.
example: build
	./bin/claimdiff report --title 'claimdiff example report' testdata/articles testdata/compare

clean:
	rm -rf bin
