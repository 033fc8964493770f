// Package app is the program: it adds its commands to a go-flags parser by value and runs the one the process was
// started with, once.
package app

import (
	flags "github.com/jessevdk/go-flags"

	"golintchan.example/testdata/timer-leak/flagsadd/cli"
)

// Run parses args and runs the command they name.
func Run(args []string) error {
	parser := flags.NewNamedParser("tool", flags.Default)
	if _, err := parser.AddCommand("daemon", "run the daemon", "", &cli.DaemonCommand{}); err != nil {
		return err
	}
	_, err := parser.ParseArgs(args)
	return err
}
