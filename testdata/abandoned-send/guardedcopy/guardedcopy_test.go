package guardedcopy

import (
	"io"
	"strings"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// slowConn takes whatever is written and, read, ends its output only after a while: the input side finishes first.
type slowConn struct{}

func (slowConn) Write(p []byte) (int, error) { return len(p), nil }
func (slowConn) Read([]byte) (int, error) {
	time.Sleep(20 * time.Millisecond)
	return 0, io.EOF
}

// The input side wins and Relay, under the condition the copy started under, waits for it.
func TestRelayWaitsForTheCopy(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Relay(io.Discard, nil, strings.NewReader("in"), slowConn{}); err != nil {
			t.Fatal(err)
		}
	})
}

// The input side wins and RelayInput, which had input, returns: the copy's result is never taken.
func TestRelayInputStrandsTheCopy(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if err := RelayInput(io.Discard, strings.NewReader("in"), slowConn{}); err != nil {
			t.Fatal(err)
		}
	})
}
