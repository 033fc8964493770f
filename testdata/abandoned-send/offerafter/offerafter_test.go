package offerafter

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestSignalThenOfferIsClean(t *testing.T) {
	leakcheck.Clean(t, SignalThenOffer)
}

func TestOfferThenSignalStrandsTheSignal(t *testing.T) {
	leakcheck.Leaks(t, 1, OfferThenSignal)
}
