// Package rangefirst: a goroutine counts what arrives on a channel until the test closes it, then reports the
// count. Before the close it is still in its range, not at its report: a failing check before the close strands it
// at the range (a leak of the range, not of the report: quiet here). A check that fails after the close strands the
// report (reported).
package rangefirst

import "testing"

// Count feeds the values to a counter and checks each before closing.
func Count(t testing.TB, vals []int, check func(int) error) int {
	in := make(chan int, len(vals))
	n := make(chan int)
	go func() {
		count := 0
		for range in {
			count++
		}
		n <- count
	}()
	for _, v := range vals {
		if err := check(v); err != nil {
			t.Fatalf("check: %v", err)
		}
		in <- v
	}
	close(in)
	return <-n
}

// CountChecked also checks something after the close: the counter has its report ready then.
func CountChecked(t testing.TB, vals []int, done func() error) int {
	in := make(chan int, len(vals))
	n := make(chan int)
	go func() {
		count := 0
		for range in {
			count++
		}
		n <- count // want "^goroutine may block forever sending on unbuffered channel n: CountChecked can return before receiving from it$"
	}()
	for _, v := range vals {
		in <- v
	}
	close(in)
	if err := done(); err != nil {
		t.Fatalf("done: %v", err) // related `CountChecked stops receiving from n here`
	}
	return <-n
}
