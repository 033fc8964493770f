// Package rangebreak: a function ranges over the values a goroutine generates and breaks out of the loop on the first
// error, then returns: the generator is left sending its next value, and the finding names the break, where the
// receiver stops receiving, not the return that only ends the function. Ranging to the end, remembering the first
// error, takes every value (quiet).
package rangebreak

func generate(items []string, out chan<- string) {
	for _, it := range items {
		out <- it // want `^goroutine may block forever sending on unbuffered channel paths: it can send any number of times but Walk receives only once on some paths$`
	}
	close(out)
}

// Walk calls f on each item, in a goroutine's order, and stops at the first error.
func Walk(items []string, f func(string) error) error {
	paths := make(chan string)
	go generate(items, paths)
	var err error
	for p := range paths {
		if err = f(p); err != nil {
			break // related `Walk stops receiving from paths here`
		}
	}
	return err
}

func generateAll(items []string, out chan<- string) {
	for _, it := range items {
		out <- it
	}
	close(out)
}

// WalkAll calls f on every item and returns the first error.
func WalkAll(items []string, f func(string) error) error {
	paths := make(chan string)
	go generateAll(items, paths)
	var first error
	for p := range paths {
		if err := f(p); err != nil && first == nil {
			first = err
		}
	}
	return first
}
