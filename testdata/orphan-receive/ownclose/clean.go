package ownclose

// Each function below receives from a channel that something else closes or sends on: quiet.

func produce(out chan struct{}) { out <- struct{}{} }

// Handed whole: the callee (or anyone) can send on it.
func Handed() {
	ch := make(chan struct{})
	defer close(ch)
	go produce(ch)
	<-ch
}

// Goroutine: the receive runs in a goroutine that sees the close when Goroutine returns.
func Goroutine() {
	stop := make(chan struct{})
	defer close(stop)
	done := make(chan struct{})
	go func() {
		<-stop
		close(done)
	}()
	_ = done
}

// Selected: the receive is one case of a select whose other case is ready.
func Selected() {
	stop := make(chan struct{})
	defer close(stop)
	ready := make(chan struct{}, 1)
	ready <- struct{}{}
	select {
	case <-stop:
	case <-ready:
	}
}

// ClosedByWorker: the close is not deferred by the receiver.
func ClosedByWorker() {
	ch := make(chan struct{})
	go func() { close(ch) }()
	<-ch
}
