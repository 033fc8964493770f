package structarg

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestWriteStrandsTwoReplicas(t *testing.T) {
	w := &writer{}
	leakcheck.Leaks(t, 2, func() { w.Write() })
}

func TestWriteAllIsClean(t *testing.T) {
	w := &writer{}
	leakcheck.Clean(t, func() { w.WriteAll() })
}

func TestStoredCanBeDrained(t *testing.T) {
	w := &writer{}
	leakcheck.Clean(t, func() {
		w.Stored()
		round := kept[len(kept)-1]
		<-round.acks
		<-round.acks
	})
}
