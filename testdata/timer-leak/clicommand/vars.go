package cmd

import (
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
)

// beacon beats forever; only the handler of daemonCmd, a command declared at package level, starts it.
func beacon() {
	go func() {
		for range time.Tick(every) {
			atomic.AddInt64(&polls, 1)
		}
	}()
}

// daemonCmd is the program's daemon command, its handler a literal in a package-level variable: it runs once.
var daemonCmd = &cobra.Command{
	Use: "daemon",
	RunE: func(cmd *cobra.Command, args []string) error {
		if every > 0 {
			beacon()
		}
		return nil
	},
}

// Hooks is the program's own table of callbacks: OnReload runs whenever the program reloads, any number of times.
type Hooks struct{ OnReload func() }

// blink is beacon for a callback in a package-level table that is no command's.
func blink() {
	go func() { // related `the goroutine starts here`
		for range time.Tick(every) { // want `^goroutine loops over time.Tick\(every\) forever: it has no way to exit, so every call of blink leaks one$`
			atomic.AddInt64(&polls, 1)
		}
	}()
}

var hooks = &Hooks{OnReload: func() { blink() }}
