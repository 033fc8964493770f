// Package sendleak: goroutines that send their result while the function that started them can return
// (an early error path) before receiving it.
package sendleak

import (
	"errors"
	"os"
	"strings"
)

var (
	errInvalid = errors.New("invalid object")
	errBinary  = errors.New("binary input")
	errEmpty   = errors.New("nothing to index")
)

// Object is something to store.
type Object struct {
	Key  string
	Body []byte
}

func upload(o Object) error { return nil }

func validate(o Object) error {
	if o.Key == "" {
		return errInvalid
	}
	return nil
}

// Save: a func literal; the validation error returns before `<-errc`.
func Save(o Object) error {
	errc := make(chan error)
	go func() {
		errc <- upload(o) // want `goroutine may block forever sending on unbuffered channel errc: Save can return before receiving from it`
	}()
	if err := validate(o); err != nil {
		return err // related `Save stops receiving from errc here`
	}
	return <-errc
}

// statSize runs as a goroutine started with `go statSize(path, sizes)`.
func statSize(path string, sizes chan<- int64) {
	fi, err := os.Stat(path)
	if err != nil {
		sizes <- -1 // related `the goroutine can also block here sending on sizes`
		return
	}
	sizes <- fi.Size() // want `goroutine may block forever sending on unbuffered channel sizes: Size can return before receiving from it`
}

// Size: `go namedFunc(ch)`; an empty path returns first.
func Size(path string) (int64, error) {
	sizes := make(chan int64)
	go statSize(path, sizes)
	if path == "" {
		return 0, errEmpty // related `Size stops receiving from sizes here`
	}
	return <-sizes, nil
}

// Indexer builds an index in the background.
type Indexer struct {
	words map[string]int
}

func (ix *Indexer) build(docs []string, counts chan<- int) {
	n := 0
	for _, d := range docs {
		n += len(strings.Fields(d))
	}
	counts <- n // want `goroutine may block forever sending on unbuffered channel counts: Indexer.Refresh can return before receiving from it`
}

// Refresh: `go s.method(ch)` on `make(chan T, 0)`; an empty input returns first.
func (ix *Indexer) Refresh(docs []string) (int, error) {
	counts := make(chan int, 0)
	go ix.build(docs, counts)
	if len(docs) == 0 {
		return 0, errEmpty // related `Indexer.Refresh stops receiving from counts here`
	}
	return <-counts, nil
}

// Convert: `var ch chan T; ch = make(chan T)`, and the early return sits in a switch case.
func Convert(kind string, data []byte) (string, error) {
	var out chan string
	out = make(chan string)
	go func() {
		if len(data) > 1<<20 {
			out <- "" // want `goroutine may block forever sending on unbuffered channel out: Convert can return before receiving from it`
		} else {
			out <- strings.ToUpper(string(data)) // related `the goroutine can also block here sending on out`
		}
	}()
	switch kind {
	case "binary":
		return "", errBinary // related `Convert stops receiving from out here`
	case "text":
	}
	return <-out, nil
}

// Lines: the goroutine sends in a loop; a bad limit returns before the range over lines.
func Lines(text string, limit int) ([]string, error) {
	lines := make(chan string)
	go func() {
		defer close(lines)
		for _, l := range strings.Split(text, "\n") {
			lines <- l // want `goroutine may block forever sending on unbuffered channel lines: Lines can return before receiving from it`
		}
	}()
	if limit < 0 {
		return nil, errInvalid // related `Lines stops receiving from lines here`
	}
	var out []string
	for l := range lines {
		if len(out) < limit {
			out = append(out, l)
		}
	}
	return out, nil
}

// FirstEnabled: senders started in a loop; the disabled path returns before the only receive.
func FirstEnabled(replicas []string, enabled bool) string {
	ch := make(chan string)
	for _, r := range replicas {
		go func(r string) {
			if v := strings.TrimSpace(r); v != "" {
				ch <- v // want `goroutine may block forever sending on unbuffered channel ch: FirstEnabled can return before receiving from it`
			}
		}(r)
	}
	if !enabled {
		return "" // related `FirstEnabled stops receiving from ch here`
	}
	return <-ch
}
