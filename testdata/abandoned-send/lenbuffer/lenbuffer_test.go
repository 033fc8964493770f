package lenbuffer

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestQueryDoesNotLeakTheSlowerReplicas(t *testing.T) {
	leakcheck.Clean(t, func() {
		a := func() string { return "a" }
		Query([]func() string{a, a, a})
	})
}
