package cmd

import (
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"
)

// latest strands its fetcher when the timeout wins; only the pull command's action calls it.
func latest(d time.Duration) (string, error) {
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

// pull is the pull command's action, given to the framework by name.
func pull(c *cli.Context) error {
	v, err := latest(time.Second)
	fmt.Println(v)
	return err
}

// NewApp builds the program's App; main calls NewApp().Run(os.Args) once.
func NewApp() *cli.App {
	return &cli.App{Name: "tool", Commands: []*cli.Command{{Name: "pull", Action: pull}}}
}
