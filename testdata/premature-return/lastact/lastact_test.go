package lastact

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Replies and timeouts: whichever the goroutine sends, Roundtrip takes it and nothing is left behind.
func TestRoundtripLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 20; i++ {
			c := &Conn{replies: make(chan string, 1), timeout: time.Second, send: func(string) error { return nil }}
			c.replies <- "ok"
			if r, err := c.Roundtrip("x"); r != "ok" || err != nil {
				t.Fatal(r, err)
			}
			c = &Conn{replies: make(chan string), timeout: time.Millisecond, send: func(string) error { return nil }}
			if _, err := c.Roundtrip("x"); err == nil {
				t.Fatal("expected the timeout")
			}
		}
	})
}

// A failed request returns before receiving: a reply already taken by the goroutine strands it at its send.
func TestFailedSendStrandsTheReply(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		c := &Conn{replies: make(chan string, 1), timeout: time.Hour}
		c.send = func(string) error {
			c.replies <- "late"
			time.Sleep(10 * time.Millisecond) // the goroutine takes the reply and goes to its send
			return errors.New("send failed")
		}
		if _, err := c.Roundtrip("x"); err == nil {
			t.Fatal("expected the send to fail")
		}
	})
}
