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
