#!/usr/bin/env bash
# Prove the Go fixtures under testdata/ (one Go module): they compile, are vet-clean, and their
# run-time proofs pass (flagged code really leaks goroutines, clean code does not).
# Skips with a message when Go is not installed; exits 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/../testdata"

if ! command -v go >/dev/null 2>&1; then
  echo "verify-fixtures: SKIPPED: 'go' is not on PATH, so the Go fixtures were not compiled or run (install golang-go)." >&2
  exit 0
fi

echo "verify-fixtures: $(go version) in $(pwd)"
if ! go vet ./...; then
  echo "verify-fixtures: FAILED: go vet (a fixture does not compile or is not vet-clean)" >&2
  exit 1
fi
if ! go test -count=1 -timeout 120s ./...; then
  echo "verify-fixtures: FAILED: go test (a run-time proof failed)" >&2
  exit 1
fi
echo "verify-fixtures: OK"
