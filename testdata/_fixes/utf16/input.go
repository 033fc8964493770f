package fixes

import "time"

func fetch() string { return "héllo 🙂" }

// Get — the make below has non-ASCII text before and after it on its line.
func Get(d time.Duration) string {
	/* ü */ ch := make(chan string) // 🙂 must stay intact
	go func() {
		ch <- fetch()
	}()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		return "délai"
	}
}
