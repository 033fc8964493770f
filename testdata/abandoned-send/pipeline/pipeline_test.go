package pipeline

import (
	"sync"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

type access string

func (a access) Service() string        { return string(a) }
func (a access) Latency() time.Duration { return time.Millisecond }

// recorder counts records and flushes; flushed is closed on the first flush.
type recorder struct {
	mu      sync.Mutex
	records int
	once    sync.Once
	flushed chan struct{}
}

func newRecorder() *recorder { return &recorder{flushed: make(chan struct{})} }

func (r *recorder) Record(Access) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.records++
}

func (r *recorder) Flush() { r.once.Do(func() { close(r.flushed) }) }

var services = []string{"api", "api-v2", "web"}

func TestCollectLeaksWhenAnAccessMatchesTwoServices(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		in := make(chan Access, 1)
		in <- access("api-v2") // matches "api" and "api-v2": two sends, one receive
		Collect(in, services, nil, newRecorder())
	})
}

func TestCollectLeaksWhenTheTickWins(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		in := make(chan Access, 1)
		tick := make(chan time.Time, 1)
		tick <- time.Now()
		rec := newRecorder()
		Collect(in, services, tick, rec)
		<-rec.flushed
		in <- access("web") // one send, but the receiver has already returned
	})
}

func TestCollectDoesNotLeakOnASingleMatch(t *testing.T) {
	rec := newRecorder()
	leakcheck.Clean(t, func() {
		in := make(chan Access, 1)
		in <- access("web")
		Collect(in, services, nil, rec)
	})
	if rec.records != 1 {
		t.Fatalf("recorded %d accesses, want 1", rec.records)
	}
}
