package helpercalls

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFirstOfThreeStrandsTwo(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { FirstOfThree(time.Second) })
}

func TestAllThreeTakesEveryValue(t *testing.T) {
	leakcheck.Clean(t, func() {
		if !AllThree(time.Second) {
			t.Fatal("a value was missed")
		}
	})
}
