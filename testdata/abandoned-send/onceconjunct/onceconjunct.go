// Package onceconjunct: a collector that hands on the first good report, under `if r.ok && !sent { sent = true;
// result <- r }`, and a fallback after its loop only `if !sent`. The flag is one operand of the condition, yet it
// still lets one send through in all: the single receive takes it (quiet). Without the flag on the fallback, a good
// report and the fallback are both sent, and the second is stranded (reported).
package onceconjunct

type report struct {
	host string
	ok   bool
}

// First returns the first good report among n, or a fallback.
func First(reports <-chan report, n int) report {
	result := make(chan report)
	go func() {
		sent := false
		for i := 0; i < n; i++ {
			r := <-reports
			if r.ok && !sent {
				sent = true
				result <- r
			}
		}
		if !sent {
			result <- report{host: "fallback"}
		}
	}()
	return <-result
}

// FirstOrFallback forgets the flag on the fallback.
func FirstOrFallback(reports <-chan report, n int) report {
	result := make(chan report)
	go func() {
		sent := false
		for i := 0; i < n; i++ {
			r := <-reports
			if r.ok && !sent {
				sent = true
				result <- r
			}
		}
		result <- report{host: "fallback"} // want "^goroutine may block forever sending on unbuffered channel result: it can send up to twice but FirstOrFallback receives at most once$"
	}()
	return <-result
}
