// Package pipeeof: a goroutine reads, line by line, what a command writes into an io.Pipe, and reports read errors
// other than io.EOF on errs, where the command's own result goes too. The write end is only closed with Close, so a
// read fails only with io.EOF and that report never comes (quiet); closed with CloseWithError, the read fails with the
// command's error, reported on a channel nobody reads any more (reported).
package pipeeof

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
)

// Copy copies what the command c writes into out and returns its result.
func Copy(c *exec.Cmd, out io.Writer) error {
	r, w := io.Pipe()
	errs := make(chan error)
	go func() {
		br := bufio.NewReader(r)
		for {
			line, err := br.ReadString('\n')
			if err != nil {
				if err == io.EOF {
					break
				}
				errs <- err
			}
			fmt.Fprint(out, line)
		}
	}()
	c.Stdout = w
	go func() {
		errs <- c.Run()
	}()
	err := <-errs
	w.Close()
	return err
}

// CopyFailing hands the command's error on to the reader through the pipe.
func CopyFailing(c *exec.Cmd, out io.Writer) error {
	r, w := io.Pipe()
	errs := make(chan error)
	go func() {
		br := bufio.NewReader(r)
		for {
			line, err := br.ReadString('\n')
			if err != nil {
				if err == io.EOF {
					break
				}
				errs <- err // want "^goroutines may block forever sending on unbuffered channel errs: 2 of them send any number of values but CopyFailing receives at most once$"
			}
			fmt.Fprint(out, line)
		}
	}()
	c.Stdout = w
	go func() {
		errs <- c.Run()
	}()
	err := <-errs // related `CopyFailing receives from errs here, at most once`
	w.CloseWithError(err)
	return err
}
