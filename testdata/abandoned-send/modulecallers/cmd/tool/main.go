// Command tool runs one check; its table of verifications is handed to whoever runs them.
package main

import (
	"os"
	"time"

	svc "golintchan.example/testdata/abandoned-send/modulecallers/service"
)

// Verifications are run by name, any number of times.
var Verifications = map[string]func(time.Duration) error{"verify": svc.Verify}

func main() {
	if run() != nil {
		os.Exit(1)
	}
}

func run() error {
	return svc.Check(time.Second)
}
