// Package cobra is a stand-in for github.com/spf13/cobra with the same shapes: a tree of commands, of which
// Execute runs the one the process's arguments name, once.
package cobra

import (
	"fmt"
	"os"
)

// Command is one command of a program: its handlers run when Execute picks it.
type Command struct {
	Use     string
	Run     func(cmd *Command, args []string)
	RunE    func(cmd *Command, args []string) error
	PreRunE func(cmd *Command, args []string) error

	commands []*Command
	args     []string
}

// AddCommand adds subcommands.
func (c *Command) AddCommand(cmds ...*Command) { c.commands = append(c.commands, cmds...) }

// SetArgs sets the arguments Execute reads instead of os.Args[1:].
func (c *Command) SetArgs(args []string) { c.args = args }

// Execute runs the handlers of the command the arguments name (a subcommand, or c itself).
func (c *Command) Execute() error {
	args := c.args
	if args == nil {
		args = os.Args[1:]
	}
	cmd := c
	if len(args) > 0 {
		for _, s := range c.commands {
			if s.Use == args[0] {
				cmd, args = s, args[1:]
				break
			}
		}
	}
	if cmd.PreRunE != nil {
		if err := cmd.PreRunE(cmd, args); err != nil {
			return err
		}
	}
	switch {
	case cmd.RunE != nil:
		return cmd.RunE(cmd, args)
	case cmd.Run != nil:
		cmd.Run(cmd, args)
		return nil
	}
	return fmt.Errorf("%s: nothing to run for %v", c.Use, args)
}
