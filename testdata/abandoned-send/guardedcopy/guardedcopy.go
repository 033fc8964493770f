// Package guardedcopy: a goroutine that copies a connection's output starts only when there is somewhere to copy it to,
// and the select that waits for it or for the input side goes on to wait for the copy, under that same condition,
// when the input side wins (quiet). Under another condition the copy is stranded when the input side wins (reported).
package guardedcopy

import "io"

// Relay copies in to conn and conn to out until both are done, or until the copy to out fails.
func Relay(out, errOut io.Writer, in io.Reader, conn io.ReadWriter) error {
	copied := make(chan error)
	if out != nil || errOut != nil {
		go func() {
			copied <- split(out, errOut, conn)
		}()
	}
	sent := make(chan struct{})
	go func() {
		if in != nil {
			io.Copy(conn, in)
		}
		close(sent)
	}()
	select {
	case err := <-copied:
		return err
	case <-sent:
		if out != nil || errOut != nil {
			return <-copied
		}
	}
	return nil
}

// RelayInput waits for the copy only when there was no input: with input and output both, the input side's win strands
// the copy.
func RelayInput(out io.Writer, in io.Reader, conn io.ReadWriter) error {
	copied := make(chan error)
	if out != nil {
		go func() {
			_, err := io.Copy(out, conn)
			copied <- err // want `^goroutine may block forever sending on unbuffered channel copied: RelayInput stops receiving when .case <-sent. wins$`
		}()
	}
	sent := make(chan struct{})
	go func() {
		if in != nil {
			io.Copy(conn, in)
		}
		close(sent)
	}()
	select {
	case err := <-copied:
		return err
	case <-sent: // related `RelayInput stops receiving from copied here`
		if in == nil {
			return <-copied
		}
	}
	return nil
}

// split copies conn to out, or to errOut when out is nil.
func split(out, errOut io.Writer, conn io.Reader) error {
	if out == nil {
		out = errOut
	}
	_, err := io.Copy(out, conn)
	return err
}
