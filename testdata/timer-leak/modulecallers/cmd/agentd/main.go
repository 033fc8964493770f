// Command agentd beats until it is stopped.
package main

import (
	"golintchan.example/testdata/timer-leak/modulecallers/agent"
	"golintchan.example/testdata/timer-leak/modulecallers/plugins"
)

func main() {
	agent.StartHeartbeat()
	agent.StartJanitor()
	agent.StartBeacon()
	agent.NewMonitor("main").Init()
	hooks := []func(){plugins.Init}
	for _, h := range hooks {
		h()
	}
	select {}
}
