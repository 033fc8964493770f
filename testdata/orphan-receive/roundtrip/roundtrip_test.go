package roundtrip

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Its own encoding always decodes.
func TestHitsRoundTrips(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Hits(3); got != 3 {
			t.Errorf("got %d", got)
		}
	})
}

// Bytes that are not JSON leave the receive waiting forever.
func TestHitsOfWaitsOnBadInput(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go HitsOf([]byte("{")) })
}
