package cmd

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"

	"github.com/spf13/cobra"
)

// Handlers wrapped by a function that returns the handler (error reporting, logging): the framework runs the
// wrapper's handler once, and it runs the literal once. A wrapper that retries runs it again and again.

// reportErrors prints a handler's error; it runs the handler once.
func reportErrors(run func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		err := run(cmd, args)
		if err != nil {
			fmt.Println("error:", err)
		}
		return err
	}
}

// retrying runs a handler until it succeeds, up to three times.
func retrying(run func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		var err error
		for i := 0; i < 3; i++ {
			if err = run(cmd, args); err == nil {
				return nil
			}
		}
		return err
	}
}

// runner runs a program until its context is done. Its Run is called only by the exec command's handler; the
// Run methods of other types (`t.Run` of the tests' *testing.T, the `r.cmd.Run()` of its *exec.Cmd field in
// Once) are not calls of it.
type runner struct {
	cmd *exec.Cmd
}

// Run strands the goroutine waiting for the program when the context wins: once per process.
func (r *runner) Run(ctx context.Context) error {
	errc := make(chan error)
	if err := r.cmd.Start(); err != nil {
		return err
	}
	go func() {
		errc <- r.cmd.Wait()
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return r.cmd.Process.Kill()
	}
}

// Once runs the program to its end.
func (r *runner) Once() error {
	return r.cmd.Run()
}

// fetchOnce strands its fetcher when the timeout wins; the retrying wrapper runs it up to three times.
func fetchOnce(d time.Duration) (string, error) {
	res := make(chan string)
	go func() {
		v, _ := fetch()
		res <- v // want `sending on unbuffered channel res: fetchOnce stops receiving when .case <-time.After\(d\). wins`
	}()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d): // related `stops receiving from res here`
		return "", errors.New("timeout")
	}
}

// AddWrapped adds the commands whose handlers are wrapped.
func AddWrapped(root *cobra.Command, timeout time.Duration) {
	root.AddCommand(&cobra.Command{
		Use: "exec",
		RunE: reportErrors(func(cmd *cobra.Command, args []string) error {
			ctx, cancel := context.WithTimeout(context.Background(), timeout)
			defer cancel()
			r := &runner{cmd: exec.Command(args[0], args[1:]...)}
			return r.Run(ctx)
		}),
	})
	root.AddCommand(&cobra.Command{
		Use: "fetch",
		RunE: retrying(func(cmd *cobra.Command, args []string) error {
			v, err := fetchOnce(timeout)
			fmt.Println(v)
			return err
		}),
	})
}
