package oncebranch

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// messages gives ms one at a time, then an error.
func messages(ms ...msg) func() (msg, error) {
	return func() (msg, error) {
		if len(ms) == 0 {
			return msg{}, errors.New("no more messages")
		}
		m := ms[0]
		ms = ms[1:]
		return m, nil
	}
}

var fail = func() error { return errors.New("hook failed") }

func TestServeIsCleanWhenTheHookFails(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = Serve(messages(msg{start: true}, msg{start: true}, msg{reset: true}, msg{start: true}), fail)
	})
}

func TestServeResettableLeaksWhenTheHookFails(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_ = ServeResettable(messages(msg{start: true}, msg{reset: true}, msg{start: true}), fail)
	})
}
