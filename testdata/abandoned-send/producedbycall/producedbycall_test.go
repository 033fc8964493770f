package producedbycall

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := NewStream()
		if _, err := First(s, false); err != nil {
			t.Error(err)
		}
		s.Close()
		if _, err := First(NewStream(), true); err == nil {
			t.Error("expected the setup error")
		}
	})
}

// Once the stream is done Serve returns nil, and the goroutine waits forever to send it.
func TestFirstResultStrandsTheGoroutine(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		s := NewStream()
		if _, err := FirstResult(s); err != nil {
			t.Error(err)
		}
		s.Close()
	})
}
