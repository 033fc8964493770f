package prefill

// started hands the value to its worker before the second send: quiet.
func started(stop <-chan struct{}) {
	c := newCompactor()
	go func() {
		<-c.wake
	}()
	c.wake <- struct{}{}
	c.wake <- struct{}{}
	close(c.wake)
	_ = stop
}

// branch sends the second value only on one branch: sends in a branch are not counted, so it is left alone (a
// known limitation: branch(true) does block forever).
func branch(again bool) {
	b := &batch[int]{items: make(chan int, 1)}
	b.items <- 1
	if again {
		b.items <- 2
	}
	go func() {
		for range b.items {
		}
	}()
	close(b.items)
}

// roomy's buffer holds every send: quiet.
func roomy() {
	b := &batch[int]{items: make(chan int, 3)}
	b.items <- 1
	b.items <- 2
	b.items <- 3
	close(b.items)
}

// drained receives between the sends: quiet.
func drained() {
	b := &batch[int]{items: make(chan int, 1)}
	b.items <- 1
	<-b.items
	b.items <- 2
	close(b.items)
}

// running's constructor starts the reader itself: quiet.
type running struct {
	in chan int
}

func newRunning() *running {
	r := &running{in: make(chan int, 1)}
	go func() {
		for range r.in {
		}
	}()
	return r
}

func feed() {
	r := newRunning()
	r.in <- 1
	r.in <- 2
	close(r.in)
}

// resized replaces the channel before filling it: quiet.
func resized() {
	b := &batch[int]{items: make(chan int, 1)}
	b.items = make(chan int, 4)
	b.items <- 1
	b.items <- 2
	close(b.items)
}
