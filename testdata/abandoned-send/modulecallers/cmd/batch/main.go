// Command batch refreshes once per argument, and starts a job per argument (jobs.Start, a function of another
// package, not service.Server's Start).
package main

import (
	"fmt"
	"os"
	"time"

	"golintchan.example/testdata/abandoned-send/modulecallers/jobs"
	"golintchan.example/testdata/abandoned-send/modulecallers/service"
)

func main() {
	for i := range os.Args[1:] {
		jobs.Start(i)
		if err := service.Refresh(time.Second); err != nil {
			fmt.Println(err)
		}
	}
}
