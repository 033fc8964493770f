// Package countedrange: goroutines send a known number of values, and the receiver ranges over the channel counting
// them, leaving once its count reaches a constant: `n++; if n == total { break }` takes total values before it
// leaves. When that is every value sent, nobody is stranded (quiet); when the count stops short, the senders of the
// values left over block forever (reported, with the count).
package countedrange

const (
	perWorker = 5
	workers   = 2
)

// All takes every value the workers send.
func All() []int {
	ch := make(chan int)
	go func() {
		for i := 0; i < perWorker; i++ {
			ch <- i
		}
	}()
	go func() {
		for i := perWorker; i < workers*perWorker; i++ {
			ch <- i
		}
	}()
	var got []int
	n := 0
	for v := range ch {
		got = append(got, v)
		n++
		if n == workers*perWorker {
			break
		}
	}
	return got
}

// Some leaves after nine of the ten values.
func Some() []int {
	ch := make(chan int)
	go func() {
		for i := 0; i < perWorker; i++ {
			ch <- i // want "^goroutines may block forever sending on unbuffered channel ch: 2 of them send 10 values in all but Some receives only 9 times on some paths$"
		}
	}()
	go func() {
		for i := perWorker; i < workers*perWorker; i++ {
			ch <- i
		}
	}()
	var got []int
	var n int
	for v := range ch {
		got = append(got, v)
		n++
		if n > 8 {
			break // related `Some stops receiving from ch here`
		}
	}
	return got
}
