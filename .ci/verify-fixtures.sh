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
status=0
while IFS= read -r mod; do
  dir=$(dirname "$mod")
  echo "verify-fixtures: module testdata/${dir#./}"
  if ! (cd "$dir" && go vet ./...); then
    echo "verify-fixtures: FAILED: go vet in testdata/${dir#./} (a fixture does not compile or is not vet-clean)" >&2
    status=1
  elif ! (cd "$dir" && go test -count=1 -timeout 120s ./...); then
    echo "verify-fixtures: FAILED: go test in testdata/${dir#./} (a run-time proof failed)" >&2
    status=1
  fi
done < <(find . -name go.mod -not -path '*/_*' | sort)
[ "$status" -eq 0 ] && echo "verify-fixtures: OK"
exit "$status"
