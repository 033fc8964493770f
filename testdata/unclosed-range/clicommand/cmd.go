// Package cmd holds a program's commands, built with a command-line framework (cobra): the program executes its
// command tree once and the framework runs the handler of the one command the process was started with. Workers
// that a handler starts, directly or through a function only handlers call, range over a channel nobody closes and
// live as long as the process: nothing is reported for those. The same pool made for every request is reported.
package cmd

import (
	"net/http"
	"sync/atomic"

	"github.com/spf13/cobra"
)

var handled int64

// pool hands vs to two workers over a channel it never closes; only the work command's handler calls it.
func pool(vs []int) {
	jobs := make(chan int)
	for i := 0; i < 2; i++ {
		go func() {
			for v := range jobs {
				atomic.AddInt64(&handled, int64(v))
			}
		}()
	}
	for _, v := range vs {
		jobs <- v
	}
}

// batch does the same for every request of the serve command.
func batch(vs []int) {
	jobs := make(chan int)
	for i := 0; i < 2; i++ {
		go func() {
			for v := range jobs { // want "^the goroutine in batch blocks forever in `for range jobs`: nothing closes unbuffered channel jobs, so the loop never ends$"
				atomic.AddInt64(&handled, int64(v))
			}
		}()
	}
	for _, v := range vs {
		jobs <- v
	}
}

// NewRoot builds the program's command tree; main calls NewRoot().Execute() once.
func NewRoot() *cobra.Command {
	root := &cobra.Command{Use: "tool"}
	root.AddCommand(&cobra.Command{
		Use: "work",
		Run: func(cmd *cobra.Command, args []string) {
			pool([]int{len(args)})
		},
	})
	root.AddCommand(&cobra.Command{
		Use: "drain",
		// The handler's own workers: once per process as well.
		Run: func(cmd *cobra.Command, args []string) {
			jobs := make(chan int)
			go func() {
				for v := range jobs {
					atomic.AddInt64(&handled, int64(v))
				}
			}()
			for range args {
				jobs <- 1
			}
		},
	})
	root.AddCommand(&cobra.Command{
		Use: "serve",
		RunE: func(cmd *cobra.Command, args []string) error {
			http.HandleFunc("/batch", func(w http.ResponseWriter, r *http.Request) { batch([]int{1, 2}) })
			return http.ListenAndServe("localhost:8080", nil)
		},
	})
	return root
}
