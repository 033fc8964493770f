// Package pipelinevar is the QPS pipeline wired through a variable: the filtered channel is kept
// in a local before it is handed to the consumer.
package pipelinevar

import "time"

// Access is one request seen at the edge.
type Access struct {
	Service string
	Latency time.Duration
}

// FilterService forwards the next access from in once for every listed service it belongs to.
// services may list a service twice when two teams registered it.
func FilterService(in <-chan Access, services []string) <-chan Access {
	out := make(chan Access)
	go func() {
		defer close(out)
		a := <-in
		for _, s := range services {
			if a.Service == s {
				out <- a // want `blocks? forever sending on`
			}
		}
	}()
	return out
}

// CalculateQPS sends the latency of one access to samples, or nothing when timeTick fires first.
func CalculateQPS(data <-chan Access, timeTick <-chan time.Time, samples func(time.Duration)) {
	go func() {
		select {
		case item := <-data:
			samples(item.Latency)
		case <-timeTick: // related `stops receiving`
		}
	}()
}

// Collect handles one batch.
func Collect(in <-chan Access, services []string, tick <-chan time.Time, samples func(time.Duration)) {
	f := FilterService(in, services)
	CalculateQPS(f, tick, samples)
}
