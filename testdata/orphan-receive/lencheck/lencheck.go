// Package lencheck: a function waits for a goroutine to finish, then takes what it left in a buffered channel. Taking
// values only while `len(sink) > 0` finds one each time (quiet); taking as many as were asked for waits forever when
// the goroutine stopped early (reported).
package lencheck

// Drain takes what is there: quiet.
func Drain(n int, stopAt int) []int {
	sink := make(chan int, 10)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < n; i++ {
			if i == stopAt {
				return
			}
			sink <- i
		}
	}()
	<-done
	var out []int
	for len(sink) > 0 {
		out = append(out, <-sink)
	}
	return out
}

// DrainFirst takes the first value if there is one: quiet.
func DrainFirst(stop bool) (int, bool) {
	sink := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if stop {
			return
		}
		sink <- 1
	}()
	<-done
	if 0 < len(sink) {
		return <-sink, true
	}
	return 0, false
}

// DrainGuarded leaves early when nothing was sent, then takes the value: quiet.
func DrainGuarded(stop bool) int {
	sink := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if stop {
			return
		}
		sink <- 1
	}()
	<-done
	if stop || len(sink) == 0 {
		return 0
	}
	return <-sink
}

// DrainFirstBlindly takes the first value whether or not the goroutine sent one.
func DrainFirstBlindly(stop bool) int {
	sink := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if stop {
			return // related `the goroutine in DrainFirstBlindly can finish here without sending on sink`
		}
		sink <- 1
	}()
	<-done
	return <-sink // want `^DrainFirstBlindly may block forever receiving from channel sink \(capacity 1\): the goroutine in DrainFirstBlindly can finish without sending on or closing it$`
}
