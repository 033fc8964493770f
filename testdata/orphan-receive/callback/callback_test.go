package callback

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestTheJobBlocksOnReady(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		s, r := newSuite(), &runner{}
		s.Setup(r)
		r.runAll()
		<-s.started
	})
}
