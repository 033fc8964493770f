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
