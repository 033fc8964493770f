// Package localcount: goroutines started in a loop bounded by a local that is set once to a constant
// (`workers := 3`): the finding counts them, and a buffer that holds all but the one value taken is enough.
package localcount

// Race starts three workers and takes the first answer: two are left sending.
func Race(work func(int) int) int {
	workers := 3
	out := make(chan int)
	for i := 0; i < workers; i++ {
		go func(i int) {
			out <- work(i) // want "^goroutines may block forever sending on unbuffered channel out: 3 of them send but Race receives at most once$"
		}(i)
	}
	return <-out // related `Race receives from out here, at most once`
}

// RaceTwo starts two workers and takes the first answer; the buffer of one holds the other's: quiet.
func RaceTwo(work func(int) int) int {
	workers := 2
	out := make(chan int, 1)
	for i := 0; i < workers; i++ {
		go func(i int) {
			out <- work(i)
		}(i)
	}
	return <-out
}
