package dyncap

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestProbeDoesNotLeak(t *testing.T) {
	ok := func() string { return "ok" }
	shards := []Shard{{Replicas: []func() string{ok, ok, ok}}, {Replicas: []func() string{ok, ok}}}
	leakcheck.Clean(t, func() {
		if got := Probe(shards, 2); got != "ok" {
			t.Fatalf("got %q", got)
		}
	})
}
