// Command batch refreshes once per argument.
package main

import (
	"fmt"
	"os"
	"time"

	"golintchan.example/testdata/abandoned-send/modulecallers/service"
)

func main() {
	for range os.Args[1:] {
		if err := service.Refresh(time.Second); err != nil {
			fmt.Println(err)
		}
	}
}
