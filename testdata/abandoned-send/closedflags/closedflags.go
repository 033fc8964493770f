// Package closedflags: an upload waits on two error streams until both are closed, each close remembered in a flag
// set only in the `if !ok` branch of its own receive (`if !ok { httpClosed = true; break }`), and leaves the loop
// only when both flags are set: the request goroutine's error send is always taken before its deferred close
// (quiet). A flag also set where its channel is still open (giving up on the request at the first write error)
// lets the loop end while the request goroutine has yet to send (reported).
package closedflags

// Upload waits for the writer's errors and the request's, both streams to their close.
func Upload(request func() error, writeErrors <-chan error) error {
	httpErrors := make(chan error)
	go func() {
		defer close(httpErrors)
		if err := request(); err != nil {
			httpErrors <- err
		}
	}()
	var first error
	var writeClosed, httpClosed bool
	for {
		select {
		case err, ok := <-writeErrors:
			if !ok {
				writeClosed = true
				break
			}
			if first == nil {
				first = err
			}
		case err, ok := <-httpErrors:
			if !ok {
				httpClosed = true
				break
			}
			if first == nil {
				first = err
			}
		}
		if writeClosed && httpClosed {
			break
		}
	}
	return first
}

// UploadGivingUp stops waiting for the request at the writer's first error.
func UploadGivingUp(request func() error, writeErrors <-chan error) error {
	httpErrors := make(chan error)
	go func() {
		defer close(httpErrors)
		if err := request(); err != nil {
			httpErrors <- err // want `^goroutine may block forever sending on unbuffered channel httpErrors: UploadGivingUp stops receiving when .case err, ok := <-writeErrors. wins$`
		}
	}()
	var first error
	var writeClosed, httpClosed bool
	for {
		select {
		case err, ok := <-writeErrors: // related `UploadGivingUp stops receiving from httpErrors here`
			if !ok {
				writeClosed = true
				break
			}
			if first == nil {
				first = err
			}
			httpClosed = true
		case err, ok := <-httpErrors:
			if !ok {
				httpClosed = true
				break
			}
			if first == nil {
				first = err
			}
		}
		if writeClosed && httpClosed {
			break
		}
	}
	return first
}
