// Package startflag: a function starts a goroutine only on some paths and notes it in a bool set right beside the
// go statement; it returns early when the bool is still false. On that path no goroutine was started: nothing is
// stranded. A bool that other code can clear again says nothing about the goroutine.
package startflag

// Fetch fetches in the background only for large requests.
func Fetch(n int, get func() error) error {
	errc := make(chan error)
	var fetching bool
	if n > 3 {
		fetching = true
		go func() {
			errc <- get()
		}()
	}
	if !fetching {
		return nil
	}
	return <-errc
}

// FetchChecked clears the bool when a check fails after the goroutine was started: the early return then
// leaves it blocked.
func FetchChecked(n int, get func() error, check func() bool) error {
	errc := make(chan error)
	var fetching bool
	if n > 3 {
		fetching = true
		go func() {
			errc <- get() // want "^goroutine may block forever sending on unbuffered channel errc: FetchChecked can return before receiving from it$"
		}()
	}
	if !check() {
		fetching = false
	}
	if !fetching {
		return nil
	}
	return <-errc
}
