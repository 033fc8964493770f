// Package pipeline is the golint-chan demo: the goroutine leak behind a QPS dashboard that slowly
// ate a service's memory. FilterService forwards an access once per matching service — twice when
// the service list overlaps — while CalculateQPS receives at most once per batch and returns when
// the tick comes first. Every extra or late send blocks its goroutine forever, once per batch.
package pipeline

import "time"

// Access is one request seen by the ingress.
type Access interface {
	Service() string
	Latency() time.Duration
}

// QPS collects per-service request counts.
type QPS struct {
	counts map[string]int
	ticks  int
}

// NewQPS returns an empty collector.
func NewQPS() *QPS { return &QPS{counts: map[string]int{}} }

// FilterService forwards the next access from in for every service in services that it belongs to.
func FilterService(in <-chan Access, services []string) <-chan Access {
	data := make(chan Access)
	go func() {
		defer close(data)
		access := <-in
		for _, svc := range services {
			if access.Service() == svc {
				data <- access // want `blocks? forever sending on`
			}
		}
	}()
	return data
}

// CalculateQPS counts one access from data, or closes the interval when timeTick fires first.
func CalculateQPS(data <-chan Access, timeTick <-chan time.Time, q *QPS) {
	go func() {
		select {
		case item := <-data:
			q.counts[item.Service()]++
		case <-timeTick: // related `stops receiving`
			q.ticks++
		}
	}()
}

// Batch wires the two stages for one batch of accesses.
func Batch(in <-chan Access, services []string, timeTick <-chan time.Time, q *QPS) {
	CalculateQPS(FilterService(in, services), timeTick, q)
}
