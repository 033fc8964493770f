// Package cli is a stand-in for github.com/codegangsta/cli (urfave/cli before its rename) with the same shapes:
// an App whose Run runs the action of the command its arguments name, once.
package cli

import "fmt"

// ActionFunc is a command's handler.
type ActionFunc func(*Context) error

// Context is what a handler is given: the arguments after the command's name.
type Context struct{ Args []string }

// Command is one command of an App.
type Command struct {
	Name   string
	Action ActionFunc
}

// App is a program's command tree.
type App struct {
	Name     string
	Commands []*Command
	Action   ActionFunc
}

// NewApp makes an App to fill in (app.Action = …).
func NewApp() *App { return &App{Name: "app"} }

// Run runs the action of the command that arguments[1] names, or the App's own action.
func (a *App) Run(arguments []string) error {
	if len(arguments) > 1 {
		for _, c := range a.Commands {
			if c.Name == arguments[1] && c.Action != nil {
				return c.Action(&Context{Args: arguments[2:]})
			}
		}
	}
	if a.Action != nil {
		return a.Action(&Context{Args: arguments[1:]})
	}
	return fmt.Errorf("%s: nothing to run for %v", a.Name, arguments)
}
