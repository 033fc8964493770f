// Command ctl attaches to the default session: its commands are package-level variables, their handlers literals.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"golintchan.example/testdata/abandoned-send/modulecallers/session"
)

var attachCmd = &cobra.Command{
	Use: "attach",
	RunE: func(cmd *cobra.Command, args []string) error {
		return session.Default().Attach()
	},
}

func main() {
	if err := attachCmd.Execute(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
