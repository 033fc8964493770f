package fields

import (
	"strings"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

const (
	nilSend = "chan send (nil chan)"
	nilRecv = "chan receive (nil chan)"
)

func TestSubmitBlocksOnTheNilField(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilSend: 1}, func() { go newServer().Submit(1) })
}

func TestServeBlocksOnTheNilField(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { go newServer().Serve() })
}

func TestNextAndPassAreClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := newServer()
		s.results <- 7
		if s.Next() != 7 {
			t.Fatal("want 7")
		}
		if newRelay().Pass(3) != 3 {
			t.Fatal("want 3")
		}
	})
}

func TestBlockWaitsOnTheNilCopy(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { go newWaiter().Block() })
}

func TestWaitSkipsTheNilCopy(t *testing.T) {
	leakcheck.Clean(t, func() { newWaiter().Wait() })
}

// Restart never waits: started is never set. restartAfter on a running forwarder waits forever on the nil exit.
func TestRestartReturnsAndRunningRestartBlocks(t *testing.T) {
	leakcheck.Clean(t, func() { (&forwarder{}).Restart() })
	r := &forwarder{}
	r.Run()
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { go r.restartAfter() })
}

func TestReportIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := Report([][]sample{{{1, 2}}}); !strings.Contains(got, "wall 1") || !strings.Contains(got, "cpu 2") {
			t.Errorf("Report = %q", got)
		}
	})
}

func TestGaugeBlocksOnTheNilField(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{nilSend: 1, nilRecv: 1}, func() { go Gauge([][]sample{{{1, 2}}}) })
}

// The handler Start registers blocks on the nil field; the one nothing registers never runs.
func TestIdlerStartBlocksOnTheNilField(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilSend: 1}, func() { go (&idler{}).Start(1) })
}
