// Package stopchan renders pages in the background until the server stops.
package stopchan

// Render renders page with render, or returns nil as soon as stop is closed.
func Render(page string, stop <-chan struct{}, render func(string) []byte) []byte {
	out := make(chan []byte)
	go func() {
		out <- render(page) // want `blocks? forever sending on`
	}()
	select {
	case b := <-out:
		return b
	case <-stop: // related `stops receiving`
		return nil
	}
}
