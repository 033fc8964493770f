// Command fleet watches every target it is given.
package main

import (
	"os"

	"golintchan.example/testdata/timer-leak/modulecallers/agent"
)

func main() {
	var starts []func()
	for _, t := range os.Args[1:] {
		agent.Watch(t)
		agent.WatchProbe(t)
		starts = append(starts, agent.NewProber(t).Start)
	}
	for _, start := range starts {
		start()
	}
	select {}
}
