// Command batch runs jobs one after another.
package main

import (
	"os"

	"golintchan.example/testdata/orphan-receive/servecommand/server"
)

func main() {
	for range os.Args[1:] {
		j := &server.Job{}
		j.Start()
		j.Finish()
	}
}
