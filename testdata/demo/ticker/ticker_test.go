package ticker

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

const calls = 200

func TestDdLeavesItsTickerBehind(t *testing.T) {
	// The value wins every time; each call's ticker stays reachable. The go 1.21 line keeps the timers of
	// before Go 1.23 on every toolchain, newer ones included.
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			a := make(chan int, 1)
			a <- i
			dd(a)
		}
	})
}
