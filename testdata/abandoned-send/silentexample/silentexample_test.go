package silentexample

import (
	"fmt"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// ExampleWork shows Work; without an output comment `go test` never runs it (quiet).
func ExampleWork() {
	results := make(chan int)
	go func() { results <- Work() }()
	fmt.Println("started")
}

// Example shows Work too, with an output comment: `go test` runs it, and its goroutine is stranded (reported).
func Example() {
	results := make(chan int)
	go func() { results <- Work() }() // want `^goroutine blocks forever sending on unbuffered channel results: nothing receives from it$`
	fmt.Println("started")
	// Output: started
}

// The example that runs strands its goroutine.
func TestExampleStrandsItsGoroutine(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Example() })
}
