package bothclosed

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestMergerTakesEverything(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 20; i++ {
			if got := NewMerger([]int{1}, []int{2, 3, 4}).Wait(); len(got) != 4 {
				t.Fatalf("merged %v", got)
			}
		}
	})
}

// The fast feed is empty and closes at once: the racer leaves, and the slow feed is stranded at its first send.
func TestRacerStrandsTheSlowFeed(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		NewRacer(nil, make([]int, 1000)).Wait()
	})
}
