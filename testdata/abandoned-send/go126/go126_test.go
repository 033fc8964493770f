package go126

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestBuildSetsEveryField(t *testing.T) {
	o := Build(Named{name: "a"}, 2)
	if *o.Name != "a" || *o.Retries != 3 || *o.Raw != "" || o.Shape.Sides != 3 || *o.Depth != 0 || o.Labels == nil || o.Tags == nil || o.Point == nil {
		t.Fatalf("unexpected options %+v", o)
	}
}

func TestSubmitLeaksWhenTheTimeoutWins(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		if _, ok := Submit(Named{}, 3, time.Millisecond, func(Options) string { <-release; return "" }); ok {
			t.Fatal("expected the timeout to win")
		}
		close(release)
	})
}

func TestSubmitDoesNotLeakWhenFetchWins(t *testing.T) {
	leakcheck.Clean(t, func() {
		if s, ok := Submit(Named{name: "b"}, 3, time.Minute, func(o Options) string { return *o.Name }); !ok || s != "b" {
			t.Fatalf("got %q, %v", s, ok)
		}
	})
}
