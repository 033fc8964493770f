package heldincall

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
	"golintchan.example/testdata/premature-return/heldincall/echo"
)

var errProbe = errors.New("probe failed")

// A passing probe: the server is stopped and its report taken.
func TestCheckPasses(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Check(echo.Server{}, func() error { return nil }); err != nil {
			t.Error(err)
		}
	})
}

// A failing probe: the goroutine stays in Serve, waiting for quit, not at its send.
func TestCheckLeavesTheServerRunning(t *testing.T) {
	leakcheck.Expect(t, 1, 0, func() {
		if err := Check(echo.Server{}, func() error { return errProbe }); err != errProbe {
			t.Error(err)
		}
	})
}

// CheckAll leaves nothing behind whatever the probe says.
func TestCheckAllStopsTheServer(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := CheckAll(echo.Server{}, func() error { return errProbe }); err != errProbe {
			t.Error(err)
		}
	})
}
