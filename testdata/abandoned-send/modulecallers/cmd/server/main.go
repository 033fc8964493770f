// Command server warms up once and then serves probes.
package main

import (
	"net/http"
	"os"
	"time"

	"golintchan.example/testdata/abandoned-send/modulecallers/service"
)

// srv is the one server of the process.
var srv = service.NewServer()

func main() {
	if srv.Start() != nil {
		os.Exit(1)
	}
	if _, err := service.Warmup(time.Second); err != nil {
		os.Exit(1)
	}
	if service.Prime(time.Second) != nil {
		os.Exit(1)
	}
	if service.Refresh(time.Second) != nil {
		os.Exit(1)
	}
	acc := service.NewAcceptor(func() (string, error) { return service.Fetch() })
	go acc.Serve(func(string) {})
	defer acc.Stop()
	http.HandleFunc("/probe", probeHandler)
	if http.ListenAndServe("localhost:8080", nil) != nil {
		os.Exit(1)
	}
}

// probeTimeout bounds each probe.
var probeTimeout = time.Second

// probeHandler runs for every request: each may strand a fetcher.
func probeHandler(w http.ResponseWriter, r *http.Request) {
	if err := service.Probe(probeTimeout); err != nil {
		http.Error(w, err.Error(), http.StatusGatewayTimeout)
	}
	if err := srv.Ping(); err != nil {
		http.Error(w, err.Error(), http.StatusGatewayTimeout)
	}
}
