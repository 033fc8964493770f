package learnedfirst

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errFail = errors.New("failed")

func ok() error   { return nil }
func fail() error { return errFail }

func TestServeLeaksWhenConnectFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { _ = Serve(ok, fail) })
}

func TestServeIsCleanWhenSetupFails(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Serve(fail, ok) })
}

func TestServeCheckedIsCleanEitherWay(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = ServeChecked(fail)
		_ = ServeChecked(ok)
	})
}
