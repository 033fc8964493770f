package secondsend

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestHandshakeLeaksWhenPrepareAndConfirmFail(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = Handshake(ok, fail, fail) })
}

func TestHandshakeIsCleanWhenPrepareWorks(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Handshake(ok, fail, ok) })
}

func TestOneReportIsCleanWhenPrepareFails(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = OneReport(ok, fail, fail)
		_ = OneReport(fail, ok, fail)
		_ = OneReport(ok, ok, fail)
	})
}
