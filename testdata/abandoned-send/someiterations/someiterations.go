// Package someiterations: a goroutine sends only in the rounds its filter keeps, of a loop that runs a known
// number of times. How many rounds send is the data's, so the finding gives the bound: "up to" that many.
package someiterations

// FirstKept sends every kept number below 10 and takes only the first.
func FirstKept(keep func(int) bool) int {
	out := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			if keep(i) {
				out <- i // want "^goroutine may block forever sending on unbuffered channel out: it can send up to 10 times but FirstKept receives at most once$"
			}
		}
	}()
	return <-out // related `FirstKept receives from out here, at most once`
}

// FirstKeptBuffered has room for every kept number: quiet.
func FirstKeptBuffered(keep func(int) bool) int {
	out := make(chan int, 10)
	go func() {
		for i := 0; i < 10; i++ {
			if keep(i) {
				out <- i
			}
		}
	}()
	return <-out
}
