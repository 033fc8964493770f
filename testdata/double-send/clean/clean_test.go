package clean

import (
	"context"
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errBoom = errors.New("boom")

// Each test takes the path with the most sends; every goroutine must finish.

func TestCall(t *testing.T) {
	leakcheck.Clean(t, func() { Call(errBoom) })
}

func TestClassify(t *testing.T) {
	for _, s := range []string{"x", "-1", "0", "7"} {
		leakcheck.Clean(t, func() { Classify(s) })
	}
}

func TestProgress(t *testing.T) {
	leakcheck.Clean(t, func() { Progress("u") })
}

func TestBuffered(t *testing.T) {
	leakcheck.Clean(t, func() { Buffered(errBoom) })
}

func TestCancellable(t *testing.T) {
	leakcheck.Clean(t, func() { Cancellable(context.Background(), errBoom) })
}

func TestStream(t *testing.T) {
	leakcheck.Clean(t, func() { Stream(true) })
}
