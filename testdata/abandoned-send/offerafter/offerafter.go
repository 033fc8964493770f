// Package offerafter: a watcher takes whichever of two channels is ready first, and one worker sends on both. When the
// worker offers the second channel only after its send on the first, the watcher's case on the second cannot win
// while the worker waits at that send: quiet. Offered first, the watcher takes it and is gone when the send comes.
package offerafter

// SignalThenOffer signals a, then offers b to whoever still listens.
func SignalThenOffer() {
	a, b, done := make(chan int), make(chan int), make(chan struct{})
	go func() {
		select {
		case <-a:
		case <-b:
		}
	}()
	go func() {
		a <- 1
		select {
		case b <- 1:
		default:
		}
		close(done)
	}()
	<-done
}

// OfferThenSignal sends on b first: the watcher takes it, and nothing receives the send on a.
func OfferThenSignal() {
	a, b := make(chan int), make(chan int)
	go func() {
		select {
		case <-a:
		case <-b:
		}
	}()
	go func() {
		b <- 1
		a <- 1 // want "^goroutine may block forever sending on unbuffered channel a: the goroutine in OfferThenSignal stops receiving when `case <-b` wins$"
	}()
}
