// Package afterselect: the select case that stops the wait is not the give-up point when the function
// receives again after the select; a return taken after it is.
package afterselect

// Run serves until serve fails or done is closed; then it shuts down and waits for serve's error. When
// shutdown fails it returns without that wait.
func Run(serve func() error, done <-chan struct{}, shutdown func() error) error {
	errc := make(chan error)
	go func() {
		errc <- serve() // want "goroutine may block forever sending on unbuffered channel errc: Run can return before receiving from it"
	}()
	select {
	case err := <-errc:
		return err
	case <-done:
	}
	if err := shutdown(); err != nil {
		return err // related "Run stops receiving from errc here"
	}
	return <-errc
}
