package foreverloop

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestEmitDoesNotLeakWhileTheMonitorTicks(t *testing.T) {
	tick := make(chan time.Time, 1)
	tick <- time.Now() // the tick arm wins at least once; the loop keeps receiving anyway
	// One goroutine remains: the monitor loop, which lives as long as the process. No sender is blocked.
	leakcheck.Expect(t, 1, 0, func() {
		m := StartMonitor(tick, func(map[string]int) {})
		m.Emit("login")
		m.Emit("logout")
	})
}
