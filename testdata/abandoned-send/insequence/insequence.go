// Package insequence: a goroutine that sends several values in a row, every path making each send. First takes only
// the first value: the goroutine blocks at its second send, the one named, and no return is missing (reported as
// the receiver taking fewer). All takes every value (quiet).
package insequence

func describe(name string, out chan<- string) {
	out <- "name: " + name
	out <- "size: 3"    // want "^goroutine may block forever sending on unbuffered channel out: it can send 3 times but First receives at most once$"
	out <- "kind: file" // related "^the goroutine can also block here sending on out$"
}

// First returns the first line of the description.
func First(name string) string {
	out := make(chan string)
	go describe(name, out)
	return <-out // related "^First receives from out here, at most once$"
}

// All returns every line of the description.
func All(name string) []string {
	out := make(chan string)
	go describe(name, out)
	return []string{<-out, <-out, <-out}
}
