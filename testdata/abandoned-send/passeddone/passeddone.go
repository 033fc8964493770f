// Package passeddone: a key reader sends scroll offsets until the quit key, when it closes done and returns. The
// render loop, a function given done and the offsets as parameters, leaves when done is closed: the reader closed
// it as its last act, so it sends nothing more (quiet). When done is closed by someone else, the loop can leave
// while the reader is about to send (reported).
package passeddone

func readKeys(next func() rune, done chan<- struct{}, scroll chan<- int) {
	for {
		switch next() {
		case 'q':
			close(done)
			return
		case 'a':
			scroll <- -1
		case 'd':
			scroll <- 1
		}
	}
}

func render(done <-chan struct{}, scroll <-chan int) int {
	pos := 0
	for {
		select {
		case <-done:
			return pos
		case d := <-scroll:
			pos += d
		}
	}
}

// Run renders until the reader quits: quiet.
func Run(next func() rune) int {
	done := make(chan struct{})
	scroll := make(chan int)
	go readKeys(next, done, scroll)
	return render(done, scroll)
}

func readOwnKeys(next func() rune, quit chan<- struct{}, scroll chan<- int) {
	for {
		switch next() {
		case 'q':
			close(quit)
			return
		case 'a':
			scroll <- -1 // want "^goroutine may block forever sending on unbuffered channel scroll: render stops receiving when `case <-done` wins$"
		case 'd':
			scroll <- 1
		}
	}
}

// RunUntil renders until stop, whatever the reader is doing.
func RunUntil(next func() rune, stop <-chan struct{}) int {
	done := make(chan struct{})
	quit := make(chan struct{})
	scroll := make(chan int)
	go readOwnKeys(next, quit, scroll)
	go func() {
		<-stop
		close(done)
	}()
	return render(done, scroll)
}
