package plaingetter

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// What is put in a Crate is taken through its getter.
func TestCrateIsTaken(t *testing.T) {
	leakcheck.Clean(t, func() {
		c := NewCrate()
		go c.Put(3)
		if got := Take(c); got != 3 {
			t.Errorf("got %d", got)
		}
	})
}

// Nothing takes what is put in a Box.
func TestBoxPutWaitsForever(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go NewBox().Put(1) })
}
