// Package commands holds a program's google/subcommands commands: subcommands.Execute runs the Execute method of
// the one command the process was started with, once. A goroutine that command strands, in Execute or in a function
// it runs once, ends with the process: not reported. A method of the same shape that is not a command's (its
// result is not subcommands.ExitStatus) may run any number of times: reported.
package commands

import (
	"context"
	"flag"
	"time"

	"github.com/google/subcommands"
)

// Fetch stands for slow work (a network call); tests replace it.
var Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil }

// Timeout bounds the commands' waits.
var Timeout = time.Second

// Get fetches once, with a timeout.
type Get struct{}

func (*Get) Name() string             { return "get" }
func (*Get) Synopsis() string         { return "fetch once" }
func (*Get) Usage() string            { return "get\n" }
func (*Get) SetFlags(f *flag.FlagSet) {}

// Execute strands the fetcher on a timeout: once per process.
func (g *Get) Execute(ctx context.Context, f *flag.FlagSet, args ...interface{}) subcommands.ExitStatus {
	res := make(chan string)
	go func() {
		v, _ := Fetch()
		res <- v
	}()
	select {
	case <-res:
		return subcommands.ExitSuccess
	case <-time.After(Timeout):
		return subcommands.ExitFailure
	}
}

// Forward waits for its forwarder in a goroutine of its own, until the context is done.
type Forward struct{}

func (*Forward) Name() string             { return "forward" }
func (*Forward) Synopsis() string         { return "forward until canceled" }
func (*Forward) Usage() string            { return "forward\n" }
func (*Forward) SetFlags(f *flag.FlagSet) {}

// Execute runs forward once, in a goroutine it waits for.
func (c *Forward) Execute(ctx context.Context, f *flag.FlagSet, args ...interface{}) subcommands.ExitStatus {
	done := make(chan struct{})
	go func() {
		defer close(done)
		forward(ctx)
	}()
	<-done
	return subcommands.ExitSuccess
}

// forward strands its fetcher when ctx is done first: it runs once per process, from the command.
func forward(ctx context.Context) {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err
	}()
	select {
	case <-errc:
	case <-ctx.Done():
	}
}

// Status is a result type of this package's own, not the framework's.
type Status int

// Probe has a command's shape, but its Execute is not a subcommands command: anything may call it, any number of
// times.
type Probe struct{}

// Execute strands the fetcher on a timeout, on every call.
func (p *Probe) Execute(ctx context.Context, f *flag.FlagSet, args ...interface{}) Status {
	res := make(chan string)
	go func() {
		v, _ := Fetch()
		res <- v // want `^goroutine may block forever sending on unbuffered channel res: Probe.Execute stops receiving when .case <-time.After\(Timeout\). wins$`
	}()
	select {
	case <-res:
		return 0
	case <-time.After(Timeout): // related `Probe.Execute stops receiving from res here`
		return 1
	}
}
