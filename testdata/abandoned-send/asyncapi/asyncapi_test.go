package asyncapi

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestLaterLeaksWhenTheWaitEnds(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if Later(10*time.Millisecond, time.Millisecond) != 0 {
			t.Fatal("expected the wait to end first")
		}
		time.Sleep(30 * time.Millisecond)
	})
}

func TestFiredIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { <-Fired(time.Millisecond) })
}

func TestGetLeaksWhenTheCallbackIsLate(t *testing.T) {
	c := &cache{delay: 10 * time.Millisecond}
	leakcheck.Leaks(t, 1, func() {
		if Get(c, "k", time.Millisecond) != -1 {
			t.Fatal("expected the wait to end first")
		}
		time.Sleep(30 * time.Millisecond)
	})
}
