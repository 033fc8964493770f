// Package twosignals: a goroutine closes two channels in turn, one for each step it completes, and the function
// waits for both in that order. A way out that skips both leaves the function blocked at the first receive: it never
// reaches the second, so that way out is reported at the first only; a way out between the two closes strands the
// second receive, and is reported there.
package twosignals

// Steps returns early only when the first step fails: the function blocks at <-started, never at <-finished.
func Steps(first, second func() error) {
	started := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		if err := first(); err != nil {
			return // related `the goroutine in Steps can finish here without sending on started`
		}
		close(started)
		_ = second()
		close(finished)
	}()
	<-started // want `^Steps may block forever receiving from unbuffered channel started: the goroutine in Steps can finish without sending on or closing it$`
	<-finished
}

// StepsEach returns early when either step fails: the second way out, after started is closed, strands <-finished.
func StepsEach(first, second func() error) {
	started := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		if err := first(); err != nil {
			return // related `the goroutine in StepsEach can finish here without sending on started`
		}
		close(started)
		if err := second(); err != nil {
			return // related `the goroutine in StepsEach can finish here without sending on finished`
		}
		close(finished)
	}()
	<-started // want `^StepsEach may block forever receiving from unbuffered channel started: the goroutine in StepsEach can finish without sending on or closing it$`
	<-finished // want `^StepsEach may block forever receiving from unbuffered channel finished: the goroutine in StepsEach can finish without sending on or closing it$`
}
