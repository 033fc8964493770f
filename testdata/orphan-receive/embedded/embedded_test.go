package embedded

import (
	"strings"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every line is received through the promoted field.
func TestLineReaderAnswersRecv(t *testing.T) {
	leakcheck.Clean(t, func() {
		l := NewLineReader(strings.NewReader("a\nb\n"))
		n := &node{t: l.transport}
		n.recv()
		n.recv()
		if strings.Join(n.seen, ",") != "a,b" {
			t.Errorf("got %v", n.seen)
		}
	})
}

// A delivery reaches the courier's own inbox: Next waits forever.
func TestCourierNextWaitsForever(t *testing.T) {
	c := NewCourier()
	c.deliver("x")
	leakcheck.LeaksReceiving(t, 1, func() { go c.Next() })
}
