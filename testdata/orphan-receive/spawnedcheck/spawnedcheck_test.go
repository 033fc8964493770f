package spawnedcheck

import (
	"bytes"
	"io"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDecodeReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Decode(t, bytes.NewReader([]byte("hi"))); string(got) != "hi" {
			t.Fatalf("got %q", got)
		}
	})
}

func TestParseReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Parse(t, func() (int, error) { return 7, nil }); got != 7 {
			t.Fatalf("got %d", got)
		}
	})
}

// The closed pipe fails the read: the check ends the goroutine (runtime.Goexit), and DecodeClosed waits for good.
func TestDecodeClosedWaitsForGood(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		r, w := io.Pipe()
		defer w.Close()
		go DecodeClosed(leakcheck.StopT{}, r)
	})
}
