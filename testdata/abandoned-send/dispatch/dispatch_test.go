package dispatch

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// feed gives ms one at a time, then no more.
func feed(ms ...msg) func() (msg, bool) {
	return func() (msg, bool) {
		if len(ms) == 0 {
			return msg{}, false
		}
		m := ms[0]
		ms = ms[1:]
		return m, true
	}
}

// The third message of a kind finds its buffer full: the dispatcher blocks there for good; the recorder blocks on
// its first message.
func TestListenBlocksWhenABufferFills(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		Listen(feed(msg{kind: "trade"}, msg{kind: "info"}, msg{kind: "trade"}, msg{kind: "trade"}), feed(msg{kind: "info"}))
	})
}

// Two of each kind fit, and a recorder with nothing to record ends: nothing is left.
func TestListenIsCleanWithinTheBuffers(t *testing.T) {
	leakcheck.Clean(t, func() {
		Listen(feed(msg{kind: "info"}, msg{kind: "error"}, msg{kind: "trade"}, msg{kind: "info"}), feed())
	})
}
