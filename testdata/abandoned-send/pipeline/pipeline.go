// Package pipeline counts requests per service: one stage filters accesses by service, the next
// records one access or flushes on a tick. Each batch wires a fresh pair of stages.
package pipeline

import (
	"strings"
	"time"
)

// Access is one request seen at the edge.
type Access interface {
	Service() string
	Latency() time.Duration
}

// Recorder accumulates QPS samples.
type Recorder interface {
	Record(Access)
	Flush()
}

// FilterService forwards the next access from in once for every service prefix it matches.
func FilterService(in <-chan Access, services []string) <-chan Access {
	out := make(chan Access)
	go func() {
		defer close(out)
		a, ok := <-in
		if !ok {
			return
		}
		for _, s := range services {
			if strings.HasPrefix(a.Service(), s) {
				out <- a // want `blocks? forever sending on`
			}
		}
	}()
	return out
}

// CalculateQPS records one access from data, or flushes rec when timeTick fires first.
func CalculateQPS(data <-chan Access, timeTick <-chan time.Time, rec Recorder) {
	go func() {
		select {
		case item := <-data:
			rec.Record(item)
		case <-timeTick: // related `stops receiving`
			rec.Flush()
		}
	}()
}

// Collect handles one batch.
func Collect(in <-chan Access, services []string, tick <-chan time.Time, rec Recorder) {
	CalculateQPS(FilterService(in, services), tick, rec)
}
