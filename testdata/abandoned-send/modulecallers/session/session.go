// Package session hands out the service's sessions: the packages that use them import this one, not the service.
package session

import (
	"time"

	"golintchan.example/testdata/abandoned-send/modulecallers/service"
)

// Default is a session with a one-second bound.
func Default() *service.Session { return service.NewSession(time.Second) }
