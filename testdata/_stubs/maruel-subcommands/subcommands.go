// Package subcommands stands in for github.com/maruel/subcommands: an application lists its commands, and Run runs
// the Run method of the CommandRun that the command its first argument names makes, once.
package subcommands

import "flag"

// Env is the environment a command runs in.
type Env map[string]string

// Application is a program's command tree.
type Application interface {
	GetName() string
	GetCommands() []*Command
}

// CommandRun is one run of a command.
type CommandRun interface {
	Run(a Application, args []string, env Env) int
	GetFlags() *flag.FlagSet
}

// CommandRunBase gives a CommandRun its flags.
type CommandRunBase struct{ Flags flag.FlagSet }

// GetFlags returns the run's flags.
func (c *CommandRunBase) GetFlags() *flag.FlagSet { return &c.Flags }

// Command is one command of an application.
type Command struct {
	UsageLine  string
	ShortDesc  string
	CommandRun func() CommandRun
}

// DefaultApplication is an Application made of a name and commands.
type DefaultApplication struct {
	Name     string
	Commands []*Command
}

// GetName returns the application's name.
func (a *DefaultApplication) GetName() string { return a.Name }

// GetCommands returns its commands.
func (a *DefaultApplication) GetCommands() []*Command { return a.Commands }

// Run runs the command args[0] names with the rest of args, once, and returns its exit code.
func Run(a Application, args []string) int {
	if len(args) == 0 {
		return 2
	}
	for _, c := range a.GetCommands() {
		if c.UsageLine == args[0] {
			r := c.CommandRun()
			return r.Run(a, args[1:], Env{})
		}
	}
	return 2
}
