package trueuntilclosed

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every announcement is taken, and the closing false ends the loop.
func TestCountTakesEveryValue(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := Count([]string{"a", "b", "c", "d", "e"}); n != 5 {
			t.Errorf("got %d, want 5", n)
		}
	})
}

// An empty item ends the loop early: the sender is left at its send for the next item.
func TestSkipStrandsTheSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if n := Skip([]string{"a", "", "b"}); n != 1 {
			t.Errorf("got %d, want 1", n)
		}
	})
}
