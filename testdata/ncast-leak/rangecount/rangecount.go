// Package rangecount: one goroutine per job, each reporting once on the same channel. A receiver that counts the
// reports and leaves when it has as many as there are jobs has taken every one: quiet. One that leaves after half
// of them strands the rest.
package rangecount

// RunAll waits for every job's report.
func RunAll(jobs []func()) {
	done := make(chan struct{})
	for _, j := range jobs {
		go func(j func()) {
			j()
			done <- struct{}{}
		}(j)
	}
	n := 0
	for range done {
		n++
		if n == len(jobs) {
			return
		}
	}
}

// RunHalf leaves after half of the reports.
func RunHalf(jobs []func()) {
	done := make(chan struct{})
	for _, j := range jobs {
		go func(j func()) {
			j()
			done <- struct{}{} // want `^goroutines may block forever sending on unbuffered channel done: any number of them send but RunHalf receives only once on some paths$`
		}(j)
	}
	n := 0
	for range done {
		n++
		if n == len(jobs)/2 {
			return // related `RunHalf stops receiving from done here`
		}
	}
}
