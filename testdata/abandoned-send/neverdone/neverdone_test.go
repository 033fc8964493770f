package neverdone

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestNeverDoneContextsWaitForTheValue(t *testing.T) {
	leakcheck.Clean(t, func() {
		if FirstValue() != 1 || FirstValueTODO() != 1 {
			t.Fatal("expected the value")
		}
	})
}

func TestCancelledContextsStrandTheSender(t *testing.T) {
	work = func() int { time.Sleep(20 * time.Millisecond); return 1 }
	defer func() { work = func() int { time.Sleep(time.Millisecond); return 1 } }()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 2, func() {
		if FirstValueOrCancel(time.Millisecond) != 0 || FirstValueCtx(ctx) != 0 {
			t.Fatal("expected the cancel to win")
		}
	})
}
