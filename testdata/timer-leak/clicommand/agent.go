package cmd

import (
	"sync/atomic"
	"time"

	"github.com/urfave/cli/v2"
)

// heartbeat beats forever; only the agent command's action, given to the framework by name, starts it.
func heartbeat() {
	go func() {
		for range time.Tick(every) {
			atomic.AddInt64(&polls, 1)
		}
	}()
}

func agent(c *cli.Context) error {
	heartbeat()
	return nil
}

// NewApp builds the program's App; main calls NewApp().Run(os.Args) once.
func NewApp() *cli.App {
	return &cli.App{Name: "tool", Commands: []*cli.Command{{Name: "agent", Action: agent}}}
}

// pulse beats forever; only the action of an App that NewDaemonApp makes with cli.NewApp starts it.
func pulse() {
	go func() {
		for range time.Tick(every) {
			atomic.AddInt64(&polls, 1)
		}
	}()
}

// NewDaemonApp builds the daemon's App, its action assigned after cli.NewApp; main runs it once.
func NewDaemonApp() *cli.App {
	app := cli.NewApp()
	app.Action = func(c *cli.Context) error {
		pulse()
		return nil
	}
	return app
}

// throb is pulse for an App that Attach is given: any caller's, run any number of times.
func throb() {
	go func() { // related `the goroutine starts here`
		for range time.Tick(every) { // want `^goroutine loops over time.Tick\(every\) forever: it has no way to exit, so every call of throb leaks one$`
			atomic.AddInt64(&polls, 1)
		}
	}()
}

// Attach gives app an action that starts throb: app is whatever the caller made, not an App made here.
func Attach(app *cli.App) {
	app.Action = func(c *cli.Context) error {
		throb()
		return nil
	}
}
