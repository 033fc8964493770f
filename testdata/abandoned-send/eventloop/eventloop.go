// Package eventloop: an event loop that keeps one job in flight at a time and may be stopped while a job runs.
// The job's goroutine sends at most one error, into a buffer of one, so it never blocks. golint-chan must
// stay quiet.
package eventloop

// Run runs jobs one at a time until one fails or stop is closed.
func Run(jobs []int, work func(int) error, stop <-chan struct{}) error {
	fail := make(chan error, 1)
	var done chan struct{}
	queue := append([]int(nil), jobs...)
	for {
		if done == nil && len(queue) > 0 {
			j := queue[0]
			queue = queue[1:]
			finished := make(chan struct{})
			done = finished
			go func() {
				if err := work(j); err != nil {
					fail <- err
					return
				}
				close(finished)
			}()
		}
		select {
		case <-done:
			done = nil
		case err := <-fail:
			return err
		case <-stop:
			return nil
		}
	}
}
