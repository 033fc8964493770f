// Command agent opens one session and keeps it in sync, one resync per argument.
package main

import (
	"fmt"
	"os"

	"golintchan.example/testdata/abandoned-send/modulecallers/session"
)

func main() {
	s := session.Default()
	if _, err := s.Open(); err != nil {
		os.Exit(1)
	}
	for range os.Args[1:] {
		if err := s.Resync(); err != nil {
			fmt.Println(err)
		}
	}
}
