// Package commands holds a program's go-flags commands: the parser runs the Execute method of the one command the
// process was started with, once. A goroutine a command strands ends with the process: not reported. A command
// that itself waits forever is the program hanging: reported. A method only some other code calls per request is
// reported as anywhere.
package commands

import (
	"errors"
	"net/http"
	"time"

	flags "github.com/jessevdk/go-flags"
)

// Fetch stands for slow work (a network call); tests replace it.
var Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil }

// Timeout bounds the commands' waits.
var Timeout = time.Second

// Tool is the program's command set.
type Tool struct {
	Get   GetCommand   `command:"get" description:"fetch once"`
	Serve ServeCommand `command:"serve" description:"serve probes"`
	Wait  WaitCommand  `command:"wait" description:"wait for a port"`
}

// Run parses args and runs the command they name, once.
func Run(args []string) error {
	_, err := flags.NewParser(&Tool{}, flags.Default).ParseArgs(args)
	return err
}

// GetCommand fetches once, with a timeout: the fetcher it strands on a timeout ends with the process.
type GetCommand struct{}

// Execute runs the command.
func (c *GetCommand) Execute(args []string) error {
	res := make(chan string)
	go func() {
		v, _ := Fetch()
		res <- v
	}()
	select {
	case <-res:
		return nil
	case <-time.After(Timeout):
		return errors.New("timeout")
	}
}

// ServeCommand serves probes; its handler runs per request.
type ServeCommand struct{}

// Execute runs the command.
func (c *ServeCommand) Execute(args []string) error {
	http.HandleFunc("/probe", func(w http.ResponseWriter, r *http.Request) { _ = c.probe() })
	return http.ListenAndServe("localhost:8080", nil)
}

// probe strands a fetcher per request that times out.
func (c *ServeCommand) probe() error {
	errc := make(chan error)
	go func() {
		_, err := Fetch()
		errc <- err // want `sending on unbuffered channel errc: ServeCommand.probe stops receiving when .case <-time.After\(Timeout\). wins`
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(Timeout): // related `stops receiving from errc here`
		return errors.New("timeout")
	}
}

// WaitCommand waits for a listener's port; when the listener fails first, the command waits forever.
type WaitCommand struct{}

// Execute runs the command.
func (c *WaitCommand) Execute(args []string) error {
	port := make(chan int)
	go func() {
		if _, err := Fetch(); err != nil {
			return
		}
		port <- 8080
	}()
	<-port // the program hangs here (orphan-receive reports it)
	return nil
}
