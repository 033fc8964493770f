#!/usr/bin/env bash
# Prove the Go fixtures under testdata/: every module there (testdata/go.mod and nested ones such as
# testdata/timer-leak/go123) compiles, is vet-clean, and its run-time proofs pass (flagged code really
# leaks goroutines, clean code does not). Skips with a message when Go is not installed; exits 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/../testdata"

if ! command -v go >/dev/null 2>&1; then
  echo "verify-fixtures: SKIPPED: 'go' is not on PATH, so the Go fixtures were not compiled or run (install golang-go)." >&2
  exit 0
fi

echo "verify-fixtures: $(go version)"
# The toolchain's version as major*1000+minor (go1.19.8 -> 1019), and a go.mod's `go` line the same way.
gover=$(go env GOVERSION | sed -E 's/^go([0-9]+)\.([0-9]+).*/\1 \2/' | awk '{print $1*1000+$2}')
status=0
skipped=0
while IFS= read -r mod; do
  dir=$(dirname "$mod")
  need=$(sed -nE 's/^go ([0-9]+)\.([0-9]+).*/\1 \2/p' "$mod" | awk '{print $1*1000+$2}')
  echo "verify-fixtures: module testdata/${dir#./}"
  if [ -n "$need" ] && [ "$need" -gt "$gover" ] && ! (cd "$dir" && go vet ./... >/dev/null 2>&1); then
    # A module whose go line is newer than this toolchain is proven when the toolchain can build it (Go before
    # 1.21 tries); one written in newer syntax (testdata/abandoned-send/go126: new(expr), Go 1.26) cannot be.
    # Say so, with go's reason, instead of failing or passing silently. The jest fixtures still lint it.
    echo "verify-fixtures: SKIPPED: module testdata/${dir#./} says $(grep -m1 -E '^go ' "$mod") and $(go env GOVERSION) cannot build it:" >&2
    (cd "$dir" && go vet ./... 2>&1 | head -5 | sed 's/^/verify-fixtures:   /' >&2) || true
    skipped=$((skipped + 1))
  elif ! (cd "$dir" && go vet ./...); then
    echo "verify-fixtures: FAILED: go vet in testdata/${dir#./} (a fixture does not compile or is not vet-clean)" >&2
    status=1
  elif ! (cd "$dir" && go test -count=1 -timeout 120s ./...); then
    echo "verify-fixtures: FAILED: go test in testdata/${dir#./} (a run-time proof failed)" >&2
    status=1
  fi
done < <(find . -name go.mod -not -path '*/_*' | sort)
if [ "$status" -eq 0 ]; then
  if [ "$skipped" -gt 0 ]; then echo "verify-fixtures: OK, except $skipped module(s) SKIPPED (they need a newer Go, see above)"; else echo "verify-fixtures: OK"; fi
fi
exit "$status"
