// Package subcommands stands in for github.com/google/subcommands: commands are registered by name, and Execute runs
// the Execute method of the one command the top-level flags name first, once.
package subcommands

import (
	"context"
	"flag"
)

// ExitStatus is what a command's Execute returns.
type ExitStatus int

// The exit statuses the real package offers.
const (
	ExitSuccess ExitStatus = iota
	ExitFailure
	ExitUsageError
)

// Command is a subcommand.
type Command interface {
	Name() string
	Synopsis() string
	Usage() string
	SetFlags(*flag.FlagSet)
	Execute(ctx context.Context, f *flag.FlagSet, args ...interface{}) ExitStatus
}

var commands = map[string]Command{}

// Register adds a command.
func Register(c Command, group string) { commands[c.Name()] = c }

// Execute runs the command flag.CommandLine's first argument names, once, with the rest as its flags' arguments.
func Execute(ctx context.Context, args ...interface{}) ExitStatus {
	if flag.NArg() < 1 {
		return ExitUsageError
	}
	c, ok := commands[flag.Arg(0)]
	if !ok {
		return ExitUsageError
	}
	f := flag.NewFlagSet(c.Name(), flag.ContinueOnError)
	c.SetFlags(f)
	if f.Parse(flag.Args()[1:]) != nil {
		return ExitUsageError
	}
	return c.Execute(ctx, f, args...)
}
