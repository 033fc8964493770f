package cmd

import (
	"errors"
	"net/http"
	"sync"

	"github.com/spf13/cobra"
)

// A command's work is often a chain of helpers below its handler: the deploy command's handler calls Run, which
// calls stepA … stepC, and stepC strands its checker when the first error comes back. The chain runs once per
// process, so the stranded checkers end with it: nothing is reported. (Run shares its name with the Run field of
// the cobra.Command literal, which is not a use of the function.) The same fan-out in a function an HTTP handler
// calls strands a checker per request and is reported.

// check stands for a slow check of one item; tests replace it.
var check = func(item string) error {
	if item == "" {
		return errors.New("empty item")
	}
	return nil
}

// Run deploys the items.
func Run(items []string) error { return stepA(items) }

func stepA(items []string) error { return stepB(items) }

func stepB(items []string) error { return stepC(items) }

// stepC checks the items in a goroutine and returns at the first error: the checker stays at its next send, and the
// closer in wg.Wait, until the process ends.
func stepC(items []string) error {
	errs := make(chan error)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, it := range items {
			errs <- check(it)
		}
	}()
	go func() {
		wg.Wait()
		close(errs)
	}()
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// verifyEach is stepC for the health endpoint: every failing request strands a checker.
func verifyEach(items []string) error {
	errs := make(chan error)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, it := range items {
			errs <- check(it) // want `goroutine may block forever sending on unbuffered channel errs: it can send any number of times but verifyEach receives only once on some paths`
		}
	}()
	go func() {
		wg.Wait()
		close(errs)
	}()
	for err := range errs {
		if err != nil {
			return err // related `verifyEach stops receiving from errs here`
		}
	}
	return nil
}

// AddDeploy adds the deploy command, and the health endpoint to mux.
func AddDeploy(root *cobra.Command, mux *http.ServeMux, items []string) {
	root.AddCommand(&cobra.Command{
		Use: "deploy",
		Run: func(cmd *cobra.Command, args []string) {
			if err := Run(args); err != nil {
				cmd.Use = "deploy (failed)"
			}
		},
	})
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		if err := verifyEach(items); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
		}
	})
}
