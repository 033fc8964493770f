// Package cmd holds a program's commands, built with a command-line framework (cobra here, urfave/cli in
// agent.go): the program executes its command tree once and the framework runs the handler of the one command the
// process was started with. A background loop a handler starts, directly or through a function only handlers
// call, is the process's one loop and lives as long as it: nothing is reported for those. The same loop started
// for every request is reported.
package cmd

import (
	"net/http"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
)

var (
	every = time.Second
	polls int64
)

// watch polls forever; only the watch command's handler starts it, once.
func watch() {
	t := time.NewTicker(every)
	go func() {
		for range t.C {
			atomic.AddInt64(&polls, 1)
		}
	}()
}

// follow polls forever too, but the serve command's HTTP handler starts one for every request.
func follow() {
	t := time.NewTicker(every)
	go func() { // related `the goroutine starts here`
		for range t.C { // want `loops over t.C forever: it has no way to exit, so every call of follow leaks one`
			atomic.AddInt64(&polls, 1)
		}
	}()
}

// NewRoot builds the program's command tree; main calls NewRoot().Execute() once.
func NewRoot() *cobra.Command {
	root := &cobra.Command{Use: "tool"}
	root.AddCommand(&cobra.Command{
		Use: "watch",
		Run: func(cmd *cobra.Command, args []string) { watch() },
	})
	root.AddCommand(&cobra.Command{
		Use: "tail",
		// The handler's own loop: once per process as well.
		Run: func(cmd *cobra.Command, args []string) {
			t := time.NewTicker(every)
			go func() {
				for range t.C {
					atomic.AddInt64(&polls, 1)
				}
			}()
		},
	})
	root.AddCommand(&cobra.Command{
		Use: "serve",
		RunE: func(cmd *cobra.Command, args []string) error {
			http.HandleFunc("/follow", func(w http.ResponseWriter, r *http.Request) { follow() })
			return http.ListenAndServe("localhost:8080", nil)
		},
	})
	return root
}
