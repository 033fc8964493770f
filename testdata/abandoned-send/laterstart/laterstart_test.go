package laterstart

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

var addrs = []string{"a", "b"}

func quick() error { return nil }

func dialQuick(string) error { return nil }

func dialSlow(string) error { time.Sleep(20 * time.Millisecond); return nil }

func TestHandshakeInTime(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Handshake(addrs, dialQuick, quick, time.Second); err != nil {
			t.Error(err)
		}
	})
}

// A slow dial: the first timeout wins, only the dialer exists, and it is stranded.
func TestHandshakeSlowDialStrandsTheDialer(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if err := Handshake(addrs, dialSlow, quick, time.Millisecond); err != errTimeout {
			t.Errorf("err = %v", err)
		}
		time.Sleep(30 * time.Millisecond)
	})
}
