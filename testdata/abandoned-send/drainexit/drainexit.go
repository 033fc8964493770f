// Package drainexit: a collector loop whose only exit drains the results first.
package drainexit

// Collect starts one goroutine per job and sums the results until stop is closed; on stop it still
// takes every result that is left before returning.
func Collect(jobs []func() int, stop <-chan struct{}) int {
	results := make(chan int)
	for _, job := range jobs {
		go func(job func() int) {
			results <- job()
		}(job)
	}
	sum, pending := 0, len(jobs)
	for pending > 0 {
		select {
		case r := <-results:
			sum += r
			pending--
		case <-stop:
			for ; pending > 0; pending-- {
				<-results
			}
			return -1
		}
	}
	return sum
}
