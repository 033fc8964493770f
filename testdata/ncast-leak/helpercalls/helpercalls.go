// Package helpercalls: workers each send once on a channel that a helper receives from, one value per call of the
// helper. Called once for three workers, two are stranded (reported). Called three times, every send is taken:
// the helper's body holds one receive and its caller runs it three times, which neither body tells alone, so the
// count is left unknown (quiet).
package helpercalls

import "time"

// await takes one value from ch, or gives up after d.
func await(ch chan int, d time.Duration) bool {
	select {
	case <-ch:
		return true
	case <-time.After(d): // related `await stops receiving from ch here`
		return false
	}
}

// FirstOfThree starts three workers and takes one value.
func FirstOfThree(d time.Duration) bool {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			ch <- i // want "^goroutines may block forever sending on unbuffered channel ch: 3 of them send but await receives none when `case <-time.After\\(d\\)` wins$"
		}(i)
	}
	return await(ch, d)
}

// AllThree starts three workers and takes each value with a call of its own.
func AllThree(d time.Duration) bool {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			ch <- i
		}(i)
	}
	ok := await(ch, d)
	ok = await(ch, d) && ok
	return await(ch, d) && ok
}
