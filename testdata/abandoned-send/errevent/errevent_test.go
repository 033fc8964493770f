package errevent

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestReadIsCleanOnError(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = Read([]string{"a", "", "b"}) })
}

func TestCollectLeaksWhenCallbackFails(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_ = Collect([]string{"a", "b", "c"}, func(string) error { return errors.New("stop") })
	})
}

func TestParseIsCleanOnError(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = Parse([]string{"a", "", "b"}) })
}
