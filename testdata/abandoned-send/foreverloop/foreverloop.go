// Package foreverloop: a monitor that receives for the life of the process, flushing on a tick.
package foreverloop

import "time"

// Monitor aggregates events for as long as the process runs.
type Monitor struct {
	events chan string
}

// StartMonitor starts the aggregation loop; it has no exit by design.
func StartMonitor(tick <-chan time.Time, flush func(map[string]int)) *Monitor {
	events := make(chan string)
	go func() {
		counts := map[string]int{}
		for {
			select {
			case e := <-events:
				counts[e]++
			case <-tick:
				flush(counts)
				counts = map[string]int{}
			}
		}
	}()
	return &Monitor{events: events}
}

// Emit hands e to the monitor without making the caller wait.
func (m *Monitor) Emit(e string) {
	events := m.events
	go func() {
		events <- e
	}()
}
