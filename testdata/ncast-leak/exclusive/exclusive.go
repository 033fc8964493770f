// Package exclusive: a function starts two servers in one mode or two in the other, each sending once when it
// stops, and waits for the first to stop. When the first mode returns, the two pairs never run together: at most two
// senders, and the buffer of one and the one receive take both (quiet). When it falls through, all four run.
package exclusive

// Serve returns from the graceful branch: quiet.
func Serve(graceful bool, a, b func() error) {
	end := make(chan bool, 1)
	if graceful {
		go func() { _ = a(); end <- true }()
		go func() { _ = b(); end <- true }()
		<-end
		return
	}
	go func() { _ = a(); end <- true }()
	go func() { _ = b(); end <- true }()
	<-end
}

// ServeAll falls through from the graceful branch and starts the other pair as well.
func ServeAll(graceful bool, a, b func() error) {
	end := make(chan bool, 1)
	if graceful {
		go func() { _ = a(); end <- true }() // want `^goroutines may block forever sending on channel end \(capacity 1\): 4 of them send but ServeAll receives at most once$`
		go func() { _ = b(); end <- true }()
	}
	go func() { _ = a(); end <- true }()
	go func() { _ = b(); end <- true }()
	<-end // related `ServeAll receives from end here, at most once`
}
