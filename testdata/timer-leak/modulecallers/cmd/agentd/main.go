// Command agentd beats until it is stopped.
package main

import (
	"golintchan.example/testdata/timer-leak/modulecallers/agent"
)

func main() {
	agent.StartHeartbeat()
	agent.StartJanitor()
	agent.StartBeacon()
	select {}
}
