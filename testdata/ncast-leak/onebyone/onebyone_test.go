package onebyone

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestInTurnIsCleanAtEveryTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return errors.New("x") }
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { InTurn(leakcheck.StopT{}, slow, nil, time.Millisecond) })
		close(release) // the one waiter started sends into the empty slot
	})
	fast := func() error { return errors.New("x") }
	event := make(chan struct{})
	close(event)
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { InTurn(leakcheck.StopT{}, fast, event, time.Second) }) })
}

func TestBothFirstStrandsOneAtTheTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return errors.New("x") }
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { BothFirst(leakcheck.StopT{}, slow, nil, time.Millisecond) })
		close(release) // two sends, one slot
	})
}

func TestValueThenAckIsCleanAtEveryTimeout(t *testing.T) {
	release := make(chan struct{})
	slowRecv := func() (int, error) { <-release; return 1, nil }
	slowRecvErr := func() (int, error) { <-release; return 0, errors.New("x") }
	fastRecv := func() (int, error) { return 1, nil }
	slowAck := func() error { <-release; return errors.New("x") }
	fastAck := func() error { return nil }
	leakcheck.Clean(t, func() {
		if err := ValueThenAck(slowRecv, fastAck, time.Millisecond); err != errTimeout {
			t.Errorf("got %v", err)
		}
		if err := ValueThenAck(slowRecvErr, fastAck, time.Millisecond); err != errTimeout {
			t.Errorf("got %v", err)
		}
		if err := ValueThenAck(fastRecv, slowAck, time.Millisecond); err != errTimeout {
			t.Errorf("got %v", err)
		}
		close(release) // every waiter still running finds room in its buffer
		if err := ValueThenAck(fastRecv, fastAck, time.Second); err != nil {
			t.Errorf("got %v", err)
		}
	})
}
