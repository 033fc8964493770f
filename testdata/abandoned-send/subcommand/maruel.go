package commands

import (
	"time"

	"github.com/maruel/subcommands"
)

// lsRun is the ls command of an application built with maruel/subcommands: subcommands.Run runs the Run method of the
// one command the process was started with, once. The fetcher it strands on a timeout ends with the process: quiet.
type lsRun struct {
	subcommands.CommandRunBase
}

func (r *lsRun) Run(a subcommands.Application, args []string, env subcommands.Env) int {
	res := make(chan string)
	go func() {
		v, _ := Fetch()
		res <- v
	}()
	select {
	case <-res:
		return 0
	case <-time.After(Timeout):
		return 1
	}
}

// CmdLS is the ls command.
var CmdLS = &subcommands.Command{UsageLine: "ls", CommandRun: func() subcommands.CommandRun { return &lsRun{} }}

// pager has a Run method of another shape (no Application): any caller may run it again and again.
type pager struct{}

func (p *pager) Run(args []string) int {
	res := make(chan string)
	go func() {
		v, _ := Fetch()
		res <- v // want "^goroutine may block forever sending on unbuffered channel res: pager.Run stops receiving when `case <-time.After\\(Timeout\\)` wins$"
	}()
	select {
	case <-res:
		return 0
	case <-time.After(Timeout): // related "^pager.Run stops receiving from res here$"
		return 1
	}
}
