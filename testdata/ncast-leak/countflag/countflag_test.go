package countflag

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var hosts = []string{"a", "b", "c", "d"}

func up(h string) bool { return h != "a" }

func TestFastestTakesEveryReport(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Fastest(hosts, up); got == "" {
			t.Error("no host")
		}
	})
}

// Half of the four reports are taken: two probes are stranded.
func TestQuorumStrandsTheRest(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		Quorum(hosts, up)
	})
}
