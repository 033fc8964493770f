package cmd

import (
	"errors"
	"fmt"
	"time"

	"github.com/codegangsta/cli"
)

// newest is latest for the sync command, built with the framework under its old import path.
func newest(d time.Duration) (string, error) {
	res := make(chan string)
	go func() {
		v, _ := fetch()
		res <- v
	}()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d):
		return "", errors.New("timeout")
	}
}

// syncCmd is the sync command's action.
func syncCmd(c *cli.Context) error {
	v, err := newest(time.Second)
	fmt.Println(v)
	return err
}

// NewLegacyApp builds the program's App with the old framework; main calls NewLegacyApp().Run(os.Args) once.
func NewLegacyApp() *cli.App {
	return &cli.App{Name: "tool", Commands: []*cli.Command{{Name: "sync", Action: syncCmd}}}
}
