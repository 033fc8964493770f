// Package onceinloop: a loop starts a goroutine under `if i == k`, for its index i and a k that no iteration
// changes: at most one iteration starts it, so one receive takes its value. A condition true in several
// iterations starts several. (A bool set beside the go statement tells whether one was started.)
package onceinloop

// Render renders every item and, when it reaches the trigger, fetches more in the background.
func Render(items []string, trigger int, fetch func() error, render func(string)) error {
	errc := make(chan error)
	var fetching bool
	for i, it := range items {
		if i == trigger {
			fetching = true
			go func() {
				errc <- fetch()
			}()
		}
		render(it)
	}
	if !fetching {
		return nil
	}
	return <-errc
}

// RenderPast fetches from every item past the trigger: several goroutines, one receive.
func RenderPast(items []string, trigger int, fetch func() error, render func(string)) error {
	errc := make(chan error)
	var fetching bool
	for i, it := range items {
		if i >= trigger {
			fetching = true
			go func() {
				errc <- fetch() // want "^goroutines may block forever sending on unbuffered channel errc: any number of them send but RenderPast receives at most once$"
			}()
		}
		render(it)
	}
	if !fetching {
		return nil
	}
	return <-errc
}
