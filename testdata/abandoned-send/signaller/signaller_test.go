package signaller

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The test sends while it still holds the reader open and closes it only when it returns: quiet (a send that
// blocked would hang the test).
func TestAcksBeforeClose(t *testing.T) {
	r := newReader()
	defer r.Close()
	for i := 0; i < 3; i++ {
		r.acks <- i
	}
}

// Ack after Close blocks forever: the method's send is reported.
func TestAckAfterCloseBlocks(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		r := newReader()
		r.Close()
		time.Sleep(10 * time.Millisecond) // the loop has left (else it may still take the ack)
		go r.Ack(1)
	})
}
