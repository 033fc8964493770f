// Package go126 uses the syntax of Go 1.22–1.26 that tree-sitter-go 0.25 does not know or knew late: new(expr)
// in every form (argo-cd and temporal write `new("")`, `new(x.M())`, `new(n+1)`), beside new of a type, range over
// an integer and over a function, and a generic type alias. The leak below is found only when each function parses.
package go126

import (
	"iter"
	"time"
)

// Options is a request with optional fields, as protobuf and Kubernetes clients spell them.
type Options struct {
	Name    *string
	Retries *int
	Labels  *map[string]string
	Tags    *[]int
	Point   *struct{ X, Y int }
	Shape   *Shape
	Raw     *string
	Depth   *int
}

// Shape is a plain struct.
type Shape struct{ Sides int }

// Named has a method whose result new copies.
type Named struct{ name string }

// M returns the name.
func (n Named) M() string { return n.name }

// Set is a generic type alias (Go 1.24).
type Set[K comparable] = map[K]struct{}

// Build fills every optional field, each with another form of new.
func Build(x Named, n int) Options {
	return Options{
		Name:    new(x.M()),
		Retries: new(n + 1),
		Labels:  new(map[string]string),
		Tags:    new([]int),
		Point:   new(struct{ X, Y int }),
		Shape:   new(Shape{Sides: 3}),
		Raw:     new(""),
		Depth:   new(int),
	}
}

// Count yields 0..n-1 (a range-over-func iterator, Go 1.23).
func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n { // range over an integer (Go 1.22)
			if !yield(i) {
				return
			}
		}
	}
}

// Submit sends the request to fetch and gives up after d; the sender is stranded when the timeout wins.
func Submit(x Named, n int, d time.Duration, fetch func(Options) string) (string, bool) {
	seen := Set[int]{}
	for i := range Count(n) {
		seen[i] = struct{}{}
	}
	ch := make(chan string)
	go func() {
		opts := Build(x, len(seen))
		opts.Raw = new(`raw`)
		ch <- fetch(opts) // want `blocks? forever sending on`
	}()
	select {
	case s := <-ch:
		return s, *new(true)
	case <-time.After(d): // related `stops receiving`
		return *new("timeout"), false
	}
}
