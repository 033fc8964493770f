// Command serve serves until it is killed.
package main

import (
	"fmt"

	"golintchan.example/testdata/orphan-receive/servecommand/server"
)

func main() {
	s := &server.Server{Ticks: make(chan int)}
	s.Start()
	go func() {
		for t := range s.Ticks {
			if t%1000000 == 0 {
				fmt.Println(t)
			}
		}
	}()
	s.Wait()
}
