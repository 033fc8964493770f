// Package cmd holds a program's commands, built with a command-line framework (cobra here, urfave/cli in
// pull.go): the program executes its command tree once, and the framework runs the handlers of the one command
// the process was started with. A worker stranded by a handler, or by a function that only handlers call, is one
// per process and ends with it: nothing is reported for those. A function that runs again and again (per request,
// in a loop) is reported, even when a handler is where it starts.
package cmd

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/spf13/cobra"
)

// fetch stands for slow work (a network call); tests replace it.
var fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil }

// firstReply strands its fetcher when the timeout wins. Only handlers call it, each once: once per process.
func firstReply(d time.Duration) (string, error) {
	res := make(chan string)
	go func() {
		v, _ := fetch()
		res <- v
	}()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d):
		return "", errors.New("timeout")
	}
}

// probe is the same shape, but an HTTP handler calls it for every request: one stranded fetcher per request.
func probe(d time.Duration) error {
	errc := make(chan error)
	go func() {
		_, err := fetch()
		errc <- err // want `sending on unbuffered channel errc: probe stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// retried is called in a loop inside a handler: it strands a fetcher per attempt.
func retried(d time.Duration) error {
	errc := make(chan error)
	go func() {
		_, err := fetch()
		errc <- err // want `sending on unbuffered channel errc: retried stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// NewRoot builds the program's command tree; main calls NewRoot().Execute() once.
func NewRoot() *cobra.Command {
	root := &cobra.Command{Use: "tool"}
	root.AddCommand(&cobra.Command{
		Use: "get",
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := firstReply(time.Second)
			fmt.Println(v)
			return err
		},
	})
	root.AddCommand(&cobra.Command{
		Use: "ping",
		// A channel made in the handler itself: once per process too.
		RunE: func(cmd *cobra.Command, args []string) error {
			done := make(chan error)
			go func() {
				_, err := fetch()
				done <- err
			}()
			select {
			case err := <-done:
				return err
			case <-time.After(time.Second):
				return errors.New("timeout")
			}
		},
	})
	root.AddCommand(&cobra.Command{
		Use: "retry",
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			for i := 0; i < len(args); i++ {
				if err = retried(time.Second); err == nil {
					return nil
				}
			}
			return err
		},
	})
	root.AddCommand(&cobra.Command{
		Use: "serve",
		RunE: func(cmd *cobra.Command, args []string) error {
			http.HandleFunc("/probe", func(w http.ResponseWriter, r *http.Request) {
				if err := probe(time.Second); err != nil {
					http.Error(w, err.Error(), http.StatusGatewayTimeout)
				}
			})
			return http.ListenAndServe("localhost:8080", nil)
		},
	})
	return root
}
