package onceflag

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok(string) error { return nil }
func serve(string)    {}

func TestConnectReportsOnce(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Connect([]string{"a", "b"}, ok, serve); err != nil {
			t.Error(err)
		}
		if err := Connect(nil, ok, serve); err != errNoServer {
			t.Error(err)
		}
	})
}

func TestReconnectLeaksItsSecondReport(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_ = Reconnect([]string{"a", "b"}, ok, serve)
	})
}

func parseAll(l string) string { return l }

// The timeout wins; the watcher then sees three addresses: it reports the first into the buffer and skips the rest.
func TestWaitAddressReportsOnce(t *testing.T) {
	leakcheck.Clean(t, func() {
		lines, stop, timeout := make(chan string), make(chan struct{}), make(chan struct{})
		close(timeout)
		WaitAddress(lines, stop, parseAll, timeout)
		for _, l := range []string{"a", "b", "c"} {
			lines <- l
		}
		close(stop)
	})
}

// The same lines with a flag that is never set: the second report fills nothing and waits for good.
func TestWatchAddressStrandsASecondReport(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		lines, stop, timeout := make(chan string), make(chan struct{}), make(chan struct{})
		close(timeout)
		WatchAddress(lines, stop, parseAll, timeout)
		lines <- "a"
		lines <- "b"
		close(stop)
	})
}
